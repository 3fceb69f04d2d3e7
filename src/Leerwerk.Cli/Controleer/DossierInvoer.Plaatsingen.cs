using System.Globalization;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;
using Leerwerk.Domain.StageUren;

namespace Leerwerk.Cli.Controleer;

/// <summary>The agreements part of the controleer input: samenwerkingsovereenkomsten, placements with their leerbedrijf, and stage hours.</summary>
internal static partial class DossierInvoer
{
    /// <summary>Resolves <c>vervangenDoor</c> (rule E11) to the placement with that <c>id</c> in the same dossier.</summary>
    private static void LinkReplacements(List<JsonVeld> velden, List<Leerwerkovereenkomst> plaatsingen)
    {
        var ids = new Dictionary<string, Leerwerkovereenkomst>(StringComparer.Ordinal);
        for (var i = 0; i < velden.Count; i++)
        {
            if (velden[i].Text("id") is { } id && !ids.TryAdd(id, plaatsingen[i]))
            {
                velden[i].Error("id", $"'{id}' komt twee keer voor");
            }
        }

        for (var i = 0; i < velden.Count; i++)
        {
            if (velden[i].Text("vervangenDoor") is not { } target)
            {
                continue;
            }

            if (ids.TryGetValue(target, out var replacement) && !ReferenceEquals(replacement, plaatsingen[i]))
            {
                plaatsingen[i].ReplacedBy = replacement;
            }
            else
            {
                velden[i].Error("vervangenDoor", $"'{target}' is niet het id van een andere plaatsing in dit dossier");
            }
        }
    }

    private static Samenwerkingsovereenkomst Samenwerking(JsonVeld v) => new()
    {
        MboInstelling = new MboInstelling
        {
            Name = v.Text("partner", required: true) ?? string.Empty,
            BevoegdGezag = v.Text("partnerBevoegdGezag") ?? v.Text("partner") ?? string.Empty,
            OffersBasisberoepsopleiding = v.Bool("offersBasisberoepsopleiding") ?? false,
        },
        Soort = v.Enum("soort", required: true, new Dictionary<string, SamenwerkingSoort>(StringComparer.Ordinal) { ["lwt"] = SamenwerkingSoort.LeerWerktraject }) ?? SamenwerkingSoort.LeerWerktraject,
        StartDate = v.Date("startDate", required: true) ?? default,
        EndDate = v.Date("endDate"),
        NoticeGivenOn = v.Date("noticeGivenOn"),
        EndedOn = v.Date("endedOn"),
    };

    private static Leerwerkovereenkomst Plaatsing(JsonVeld v)
    {
        var bedrijf = v.Object("leerbedrijf", required: true);
        var plaatsing = new Leerwerkovereenkomst
        {
            Leerbedrijf = bedrijf is null ? null : Leerbedrijf(bedrijf),
            MentorName = v.Text("mentor"),
            Inhoud = v.Text("inhoud"),
            Leerdoelen = v.Text("leerdoelen"),
            Beoordelingsmaatstaven = v.Text("beoordelingsmaatstaven"),
            Begeleiding = v.Text("begeleiding"),
            VoortijdigeBeeindiging = v.Text("voortijdigeBeeindiging"),
            StartDate = v.Date("startDate", required: true) ?? default,
            EndDate = v.Date("endDate", required: true) ?? default,
            PlannedHours = v.Decimal("plannedHours") ?? 0m,
            EndedOn = v.Date("endedOn"),
            EndReason = v.Text("endReason"),
        };
        // The file records a status, it does not make the change: reconstitution, so a state the law forbids (active
        // but unsigned) still reaches the rules that flag it.
        Levensloop.Restore(plaatsing, v.Enum<LeerwerkovereenkomstStatus>("status", required: true) ?? LeerwerkovereenkomstStatus.Concept);
        var praktijkbegeleider = v.Text("praktijkbegeleider");
        if (praktijkbegeleider is not null)
        {
            plaatsing.Praktijkbegeleider = new Praktijkbegeleider { Name = praktijkbegeleider };
        }

        var rooster = v.Object("rooster");
        if (rooster is not null)
        {
            plaatsing.Rooster = new Rooster
            {
                Monday = rooster.Decimal("monday") ?? 0m,
                Tuesday = rooster.Decimal("tuesday") ?? 0m,
                Wednesday = rooster.Decimal("wednesday") ?? 0m,
                Thursday = rooster.Decimal("thursday") ?? 0m,
                Friday = rooster.Decimal("friday") ?? 0m,
            };
        }

        plaatsing.Ondertekeningen.AddRange(v.Array("ondertekeningen").Select(o => new Ondertekening
        {
            Partij = o.Enum<Partij>("party", required: true) ?? Partij.Leerling,
            SignerName = o.Text("name", required: true) ?? string.Empty,
            SignedOn = o.Date("signedOn", required: true) ?? default,
        }));
        return plaatsing;
    }

    private static Leerbedrijf Leerbedrijf(JsonVeld v)
    {
        var bedrijf = new Leerbedrijf
        {
            Name = v.Text("name", required: true) ?? string.Empty,
            KvkNumber = v.Text("kvk", required: true) ?? string.Empty,
        };
        bedrijf.Erkenningen.AddRange(v.Array("erkenningen").Select(e => new Erkenning
        {
            ProfielCode = Domain.Profielen.Profielen.Parse(e.Text("profiel", required: true))?.Code ?? e.Text("profiel") ?? string.Empty,
            IsLwt = e.Bool("lwt") ?? false,
            GrantedOn = e.Date("grantedOn", required: true) ?? default,
            LastAssessedOn = e.Date("lastAssessedOn"),
            WithdrawnOn = e.Date("withdrawnOn"),
        }));
        bedrijf.Kwaliteitseisen.AddRange(v.Array("kwaliteitseisen").Select(Kwaliteitseis));
        bedrijf.LwtStageperioden.AddRange(v.Array("lwtStageperioden").Select(p => new Stageperiode(
            p.Date("startDate", required: true) ?? default,
            p.Date("endDate", required: true) ?? default)));
        return bedrijf;
    }

    /// <summary>F3: one assessment of a criterion a–k of UB 2.64 lid 1.</summary>
    private static KwaliteitseisBeoordeling Kwaliteitseis(JsonVeld v)
    {
        var letter = v.Text("letter", required: true)?.Trim().ToLowerInvariant() ?? string.Empty;
        if (letter.Length > 0 && !Kwaliteitseisen.All.Any(e => e.Letter == letter))
        {
            v.Error("letter", $"'{letter}' is geen eis van UB 2.64 lid 1; gebruik a tot en met k");
        }

        return new KwaliteitseisBeoordeling
        {
            Letter = letter,
            IsMet = v.Bool("met") ?? false,
            AssessedOn = v.Date("assessedOn", required: true) ?? default,
            Source = v.Text("source"),
        };
    }

    /// <summary>
    /// An hour entry belongs to the placement at index <c>plaatsing</c> (0-based) or, without it, to the first placement
    /// whose period contains its date; with neither it belongs to none and does not count (E4).
    /// </summary>
    private static StageUrenRegel Uur(JsonVeld v, List<Leerwerkovereenkomst> plaatsingen)
    {
        var hours = v.Decimal("hours", required: true) ?? 0m;
        if (!StageUrenRegel.IsValidHours(hours))
        {
            v.Error("hours", $"{Nl.Number(hours)} is geen geldig aantal uren (0 tot en met 12, in kwartieren)");
        }

        var date = v.Date("date", required: true) ?? default;
        var index = v.Int("plaatsing");
        if (index is not null && (index < 0 || index >= plaatsingen.Count))
        {
            v.Error("plaatsing", string.Create(CultureInfo.InvariantCulture, $"{index} verwijst niet naar een plaatsing (0 tot en met {plaatsingen.Count - 1})"));
        }

        var plaatsing = index is not null
            ? plaatsingen.ElementAtOrDefault(index.Value)
            : plaatsingen.FirstOrDefault(p => date >= p.StartDate && date <= p.EndDate);
        return new StageUrenRegel
        {
            Date = date,
            LeerwerkovereenkomstId = plaatsing?.Id ?? 0,
            Hours = hours,
            Status = v.Enum<UrenStatus>("status", required: true) ?? UrenStatus.Ingevoerd,
            EnteredBy = "leerwerk controleer",
        };
    }
}
