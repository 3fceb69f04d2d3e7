using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Examens.Rules;

/// <summary>
/// D4–D8: once an LWT student in leerjaar 4 has all final grades, every condition of the exam result
/// that the uitslag engine finds unmet becomes a finding. This is an adapter: the engine computes.
/// </summary>
/// <remarks>
/// Reasons C8 and D1 (the package) are left to the programme rules C1, C2 and C8, which judge the
/// same thing earlier, so one breach is not reported twice. An unmet reason of severity Info (D8: "no
/// complete BB exam, so the LWT rule decides") is a fact, not a breach, and is not reported.
/// </remarks>
public sealed class UitslagVoorwaarden : IRule<Dossier>
{
    private static readonly HashSet<string> CoveredElsewhere = new(StringComparer.Ordinal) { "C8", "D1" };

    public string Id => "D4";

    /// <summary>The student as the uitslag engine sees him, or null when the engine has nothing to judge yet.</summary>
    public static Kandidaat? KandidaatOf(Leerling student, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(student);
        if (student.Leerjaar != 4 || student.RouteOn(referenceDate) != Leerroute.LeerWerktraject || student.Vakken.Count == 0)
        {
            return null;
        }

        var kandidaat = LeerlingKandidaat.From(student, referenceDate);
        return kandidaat.Vakken.All(v => v.IsCompleet) ? kandidaat : null;
    }

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var kandidaat = KandidaatOf(subject.Leerling, referenceDate);
        if (kandidaat is null)
        {
            yield break;
        }

        var uitslag = UitslagBepaling.Bepaal(kandidaat);
        foreach (var reden in uitslag.Redenen.Where(r => !r.Met && r.Severity != Severity.Info && !CoveredElsewhere.Contains(r.RuleId)))
        {
            var baseId = RuleCatalog.BaseId(reden.RuleId);
            var citation = baseId == reden.RuleId && RuleCatalog.Contains(baseId)
                ? RuleCatalog.Get(baseId, referenceDate).Citation
                : reden.Citation;
            yield return new Finding(reden.RuleId, reden.Kind, reden.Severity,
                $"{subject.Leerling.FullName}: {reden.Message}", citation, subject.Subject);
        }
    }
}
