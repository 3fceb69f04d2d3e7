using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Examens.Rules;

/// <summary>
/// C9 (MAG): maatschappijleer, kunst (KV1) and LO are the school's choice in an LWT; no exam or grade is
/// needed. When the school left any out, that is shown as allowed.
/// </summary>
public sealed class SchoolvakkenNaarKeuze : IRule<Dossier>
{
    public string Id => "C9";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (!Programma.Applies(subject, referenceDate))
        {
            yield break;
        }

        var student = subject.Leerling;
        var left = new List<string>();
        if (!student.FollowsMaatschappijleer)
        {
            left.Add("maatschappijleer");
        }

        if (!student.FollowsKunst)
        {
            left.Add("kunst (KV1)");
        }

        if (!student.FollowsLo)
        {
            left.Add("lichamelijke opvoeding");
        }

        if (left.Count > 0)
        {
            yield return RuleCatalog.Get(Id, referenceDate).Finding(
                $"De school heeft {Opsomming(left)} niet in het programma van {student.FullName} opgenomen: toegestaan, de school beslist en een examen of cijfer is niet nodig.",
                subject.Subject);
        }
    }

    private static string Opsomming(List<string> items) =>
        items.Count == 1 ? items[0] : $"{string.Join(", ", items[..^1])} en {items[^1]}";
}
