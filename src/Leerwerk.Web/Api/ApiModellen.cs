using System.ComponentModel.DataAnnotations;
using Leerwerk.Domain;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Rules;
using Leerwerk.Domain.StageUren;
using Leerwerk.Web.Infrastructure.Tekst;

namespace Leerwerk.Web.Api;

// What the API returns. Field names are the Dutch terms of the pages, camelCase in JSON; enums are their names.
// Personal data is limited to what an integrating system needs: no addresses, birth dates or parents.

/// <summary>A student in a list.</summary>
public sealed record LeerlingSamenvatting(int Id, string Leerlingnummer, string Naam, Leerweg Leerweg, string? Profiel, int Leerjaar, string? Klas,
    Leerroute? RouteVandaag);

/// <summary>A student with the route decisions and the programme (vakken).</summary>
public sealed record LeerlingDetail(int Id, string Leerlingnummer, string Voornaam, string? Tussenvoegsel, string Achternaam, Leerweg Leerweg,
    string? Profiel, int Leerjaar, string? Klas, string? Mentor, bool LwtBeoogd, Leerroute? RouteVandaag,
    IReadOnlyList<RouteBesluitModel> Routes, IReadOnlyList<ProgrammaVak> Programma);

/// <summary>A route decision: which route from which day, decided by whom.</summary>
public sealed record RouteBesluitModel(Leerroute Route, DateOnly StartDatum, string BeslotenDoor, bool LeerlingEnOudersGehoord);

/// <summary>One subject of the student's programme (without grades: those are the exam's).</summary>
public sealed record ProgrammaVak(string Naam, VakSoort Soort, VakDeel? Deel, string? ModuleProfiel, bool Deels, bool BuitenSchool);

/// <summary>A samenwerkingsovereenkomst with its state today.</summary>
public sealed record SamenwerkingModel(int Id, int MboInstellingId, string? MboInstelling, SamenwerkingSoort Soort, DateOnly StartDatum,
    DateOnly? EindDatum, DateOnly? OpgezegdOp, DateOnly? BeeindigdOp, DateOnly? LaatsteDag, string Status, bool InWerking);

/// <summary>A leer-werkovereenkomst with its status and signatures: who signed, who must, who has not yet.</summary>
public sealed record LeerwerkModel(int Id, int LeerlingId, int LeerbedrijfId, string? Leerbedrijf, string? Praktijkbegeleider, DateOnly StartDatum,
    DateOnly EindDatum, decimal GeplandeUren, LeerwerkovereenkomstStatus Status, DateOnly? BeeindigdOp,
    IReadOnlyList<OndertekeningModel> Ondertekeningen, IReadOnlyList<Partij> VereisteOndertekenaars,
    IReadOnlyList<Partij> OntbrekendeOndertekenaars, DateOnly? VolledigOndertekendOp);

/// <summary>One signature.</summary>
public sealed record OndertekeningModel(Partij Partij, string Naam, DateOnly Datum);

/// <summary>A leerbedrijf with its erkenningen.</summary>
public sealed record LeerbedrijfModel(int Id, string Naam, string KvkNummer, string? SbbLeerbedrijfId, string? Plaats,
    IReadOnlyList<ErkenningModel> Erkenningen);

/// <summary>One erkenning of a leerbedrijf.</summary>
public sealed record ErkenningModel(int Id, string Profiel, bool Lwt, DateOnly VerleendOp, DateOnly? LaatstBeoordeeldOp, DateOnly? IngetrokkenOp);

/// <summary>One entry of the stage-hour ledger; its <c>ETag</c> header is the version to send back in If-Match.</summary>
public sealed record UrenRegelModel(int Id, int LeerlingId, int LeerwerkovereenkomstId, DateOnly Datum, decimal Uren, UrenStatus Status,
    string IngevoerdDoor, DateTime IngevoerdOp, string? BeoordeeldDoor, DateTime? BeoordeeldOp, int? GecorrigeerdDoor, string? Toelichting)
{
    public static UrenRegelModel Of(StageUrenRegel r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(r.Id, r.LeerlingId, r.LeerwerkovereenkomstId, r.Date, r.Hours, r.Status, r.EnteredBy,
            DateTime.SpecifyKind(r.EnteredAt, DateTimeKind.Utc), r.ReviewedBy,
            r.ReviewedAt is { } at ? DateTime.SpecifyKind(at, DateTimeKind.Utc) : null, r.CorrectedById, r.Note);
    }
}

/// <summary>A new day of hours: the agreement, the day, whole quarter hours from 0 to 12.</summary>
public sealed record NieuweUrenRegel(int? LeerwerkovereenkomstId, DateOnly? Datum, decimal? Uren,
    [property: StringLength(Tekstlengte.Standaard), Kolom(typeof(StageUrenRegel), nameof(StageUrenRegel.Note))] string? Toelichting);

/// <summary>A correction of an entry's hours (the day and agreement stay); send the entry's ETag in If-Match.</summary>
public sealed record UrenCorrectie(decimal? Uren, [property: StringLength(Tekstlengte.Standaard), Kolom(typeof(StageUrenRegel), nameof(StageUrenRegel.Note))] string? Toelichting);

/// <summary>A finding as the rule kernel gives it: rule id, kind, severity, the Dutch message and the article.</summary>
public sealed record BevindingModel(string Regel, RuleKind Soort, Severity Ernst, string Melding, string Wetsartikel, Uri Bron, string? Onderwerp)
{
    public static BevindingModel Of(Finding f)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new(f.RuleId, f.Kind, f.Severity, f.Message, f.Citation.Text, f.Citation.Source, f.Subject);
    }
}

/// <summary>One item of the school's worklist: the finding and what it is about (a student or a leerbedrijf).</summary>
public sealed record WerklijstItem(string OnderwerpSoort, int OnderwerpId, string Onderwerp, BevindingModel Bevinding);
