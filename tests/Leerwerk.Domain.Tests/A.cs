using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;
using Leerwerk.Domain.StageUren;

namespace Leerwerk.Domain.Tests;

/// <summary>Test data builders, valid by default: a minor LWT student in leerjaar 3 with a signed placement.</summary>
internal static class A
{
    public static readonly DateOnly SchoolYearStart = new(2026, 8, 24);

    public static Leerling Leerling(DateOnly? birthDate = null, Leerweg leerweg = Leerweg.Bb, int leerjaar = 3, string profiel = "ZW")
    {
        var student = new Leerling
        {
            SchoolId = 1,
            Leerlingnummer = "24001",
            FirstName = "Sanne",
            Tussenvoegsel = "de",
            LastName = "Vries",
            BirthDate = birthDate ?? new DateOnly(2011, 5, 12),
            Leerweg = leerweg,
            ProfielCode = profiel,
            Leerjaar = leerjaar,
        };
        student.Vakken.AddRange(Programma());
        student.Routes.Add(new RouteBesluit { Route = Leerroute.LeerWerktraject, StartDate = SchoolYearStart, DecidedBy = "Toelatingscommissie", ConsultedStudentAndParents = true });
        return student;
    }

    /// <summary>The LWT programme: Nederlands, profielvak, four keuzevakken and rekenen, all with passing grades.</summary>
    public static List<Vak> Programma() =>
    [
        Vak("Nederlands", VakSoort.Nederlands, 6.5m, 6.1m),
        Vak("Zorg en welzijn", VakSoort.Profielvak, 6.6m, 6.2m),
        Vak("Mens en gezondheid", VakSoort.Keuzevak, 6m),
        Vak("Facilitaire dienstverlening", VakSoort.Keuzevak, 6m),
        Vak("Assisteren in de gezondheidszorg", VakSoort.Keuzevak, 7m),
        Vak("Welzijn kind en jongere", VakSoort.Keuzevak, 6m),
        Vak("Rekenen", VakSoort.Rekenen, 5.8m),
    ];

    public static Vak Vak(string name, VakSoort soort, decimal? se = null, decimal? ce = null, string? moduleProfiel = null) =>
        new() { SchoolId = 1, Name = name, Soort = soort, Se = se, Ce = ce, ModuleProfielCode = moduleProfiel };

    public static Erkenning Erkenning(string profiel = "ZW", DateOnly? grantedOn = null, DateOnly? withdrawnOn = null, bool lwt = true) => new()
    {
        SchoolId = 1,
        ProfielCode = profiel,
        IsLwt = lwt,
        GrantedOn = grantedOn ?? new DateOnly(2025, 1, 15),
        WithdrawnOn = withdrawnOn,
    };

    /// <summary>
    /// Approved stage hours under the first placement of <see cref="Dossier"/> (id 1): <paramref name="days"/> consecutive
    /// dates from its default start (7 September 2026) with the hours spread evenly.
    /// </summary>
    public static StageUrenRegel[] Uren(decimal hours, int days, UrenStatus status = UrenStatus.Goedgekeurd)
    {
        var start = SchoolYearStart.AddDays(14);
        var per = days == 0 ? 0m : hours / days;
        return [.. Enumerable.Range(0, days).Select(i => new StageUrenRegel
        {
            SchoolId = 1,
            Date = start.AddDays(i),
            Hours = i == days - 1 ? hours - (per * (days - 1)) : per,
            Status = status,
            EnteredBy = "test",
            LeerwerkovereenkomstId = 1,
        })];
    }

    /// <summary>One entry on a date under placement 1.</summary>
    public static StageUrenRegel Uur(DateOnly date, decimal hours = 8m, UrenStatus status = UrenStatus.Goedgekeurd, int plaatsingId = 1) => new()
    {
        SchoolId = 1,
        Date = date,
        Hours = hours,
        Status = status,
        EnteredBy = "test",
        LeerwerkovereenkomstId = plaatsingId,
    };

    public static Samenwerkingsovereenkomst Samenwerking(DateOnly? start = null, DateOnly? noticeGivenOn = null, bool basisberoeps = true) => new()
    {
        SchoolId = 1,
        MboInstelling = new MboInstelling { SchoolId = 1, Name = "ROC Betuwe Vakcollege", BevoegdGezag = "Stichting ROC Betuwe", OffersBasisberoepsopleiding = basisberoeps },
        Soort = SamenwerkingSoort.LeerWerktraject,
        StartDate = start ?? new DateOnly(2019, 8, 1),
        NoticeGivenOn = noticeGivenOn,
        CoversDoorlopendeLeerweg = true,
    };

    public static Leerwerkovereenkomst Plaatsing(DateOnly? start = null, DateOnly? signedOn = null, params Partij[] signers)
    {
        var begin = start ?? SchoolYearStart.AddDays(14);
        var agreement = new Leerwerkovereenkomst
        {
            SchoolId = 1,
            Leerbedrijf = new Leerbedrijf { SchoolId = 1, Name = "Zorgcentrum De Linde", KvkNumber = "30100000", Erkenningen = [Erkenning()] },
            StartDate = begin,
            EndDate = begin.AddMonths(10),
            PlannedHours = 320m,
            Inhoud = "Meewerken op de afdeling dagbesteding",
            Leerdoelen = "Zelfstandig een dagprogramma begeleiden",
            Beoordelingsmaatstaven = "Beoordelingsformulier stage LWT",
            Begeleiding = "Mentor op school en praktijkbegeleider op de afdeling",
            VoortijdigeBeeindiging = "Na overleg van alle partijen, schriftelijk",
        };
        // Arranged as a dossier records it: an active placement, also when signers leave a signature out (the state
        // E6 flags), so the status is restored rather than walked through the machine.
        Levensloop.Restore(agreement, LeerwerkovereenkomstStatus.Actief);
        var on = signedOn ?? begin.AddDays(-7);
        var parties = signers.Length > 0 ? signers : [Partij.BevoegdGezag, Partij.Leerbedrijf, Partij.Leerling, Partij.WettelijkVertegenwoordiger];
        agreement.Ondertekeningen.AddRange(parties.Select(p => new Ondertekening { Partij = p, SignerName = p.ToString(), SignedOn = on }));
        return agreement;
    }

    /// <summary>A dossier; placements without an id get their position (1, 2, …) as id, as the hours refer to them.</summary>
    public static Dossier Dossier(Leerling? leerling = null, Samenwerkingsovereenkomst[]? samenwerking = null, params Leerwerkovereenkomst[] plaatsingen)
    {
        for (var i = 0; i < plaatsingen.Length; i++)
        {
            if (plaatsingen[i].Id == 0)
            {
                plaatsingen[i].Id = i + 1;
            }
        }

        return new()
        {
            Leerling = leerling ?? Leerling(),
            Samenwerkingsovereenkomsten = samenwerking ?? [Samenwerking()],
            Plaatsingen = plaatsingen,
        };
    }

    /// <summary>Gives placements without an id their position as id.</summary>
    public static Dossier WithIds(this Dossier dossier)
    {
        for (var i = 0; i < dossier.Plaatsingen.Count; i++)
        {
            if (dossier.Plaatsingen[i].Id == 0)
            {
                dossier.Plaatsingen[i].Id = i + 1;
            }
        }

        return dossier;
    }

    public static Dossier WithUren(this Dossier dossier, params StageUrenRegel[] uren) => new()
    {
        Leerling = dossier.Leerling,
        Samenwerkingsovereenkomsten = dossier.Samenwerkingsovereenkomsten,
        Plaatsingen = dossier.Plaatsingen,
        Uren = uren,
        Kalender = dossier.Kalender,
        Beleid = dossier.Beleid,
    };
}
