using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Overeenkomsten.Rules;

/// <summary>
/// A3, looking ahead: the samenwerkingsovereenkomst an LWT student in the bovenbouw relies on has been given
/// notice or ends within <see cref="WarningMonths"/>, and no other LWT agreement takes over the day after.
/// When it ends the school loses the basis for the LWT (WVO 2020 art. 2.104), so this warns in time.
/// </summary>
public sealed class SamenwerkingEindigt : IRule<Dossier>
{
    /// <summary>How far ahead an end is announced; the model's notice period is also six months.</summary>
    public const int WarningMonths = 6;

    public string Id => "A3";

    /// <summary>Whether the agreement is under notice or ends within the warning months after the date.</summary>
    public static bool EndsSoon(Samenwerkingsovereenkomst agreement, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return agreement.IsInForceOn(date)
            && (agreement.NoticeGivenOn is { } notice && notice <= date
                || agreement.LastDay is { } last && last < date.AddMonths(WarningMonths));
    }

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var student = subject.Leerling;
        if (student.Leerjaar < 3 || student.RouteOn(referenceDate) != Leerroute.LeerWerktraject)
        {
            yield break;
        }

        var lwt = subject.Samenwerkingsovereenkomsten
            .Where(s => s.Soort == SamenwerkingSoort.LeerWerktraject && s.MboInstelling?.OffersBasisberoepsopleiding != false)
            .ToList();
        foreach (var agreement in lwt.Where(s => EndsSoon(s, referenceDate)))
        {
            var last = agreement.LastDay!.Value;
            if (lwt.Any(other => !ReferenceEquals(other, agreement) && other.IsInForceOn(last.AddDays(1))))
            {
                continue;
            }

            var partner = agreement.MboInstelling?.Name ?? "de mbo-instelling";
            var why = agreement.NoticeGivenOn is { } notice && notice <= referenceDate && (agreement.EndedOn is null || agreement.EndedOn > last)
                ? $"is op {Nl.Date(notice)} opgezegd en"
                : "";
            yield return RuleCatalog.Get(Id, referenceDate).Finding(
                $"De samenwerkingsovereenkomst met {partner} {why} is van kracht tot en met {Nl.Date(last)}; daarna heeft de school geen basis meer om {student.FullName} een leer-werktraject te laten volgen, tenzij er een nieuwe overeenkomst is.".Replace("  ", " ", StringComparison.Ordinal),
                subject.Subject,
                Severity.Warning);
        }
    }
}
