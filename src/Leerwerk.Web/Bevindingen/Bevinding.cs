using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Web.Bevindingen;

/// <summary>
/// One open MOET or ADVIES finding of the school's worklist: the finding as the rule kernel gave it, its subject (a
/// student or a leerbedrijf, with what the filters read), and the link to the page and section where it is fixed.
/// </summary>
/// <param name="Finding">The finding, exactly as the dossier page or the leerbedrijf page shows it.</param>
/// <param name="Soort">Whether the subject is a student or a leerbedrijf.</param>
/// <param name="OnderwerpId">The student's or leerbedrijf's id.</param>
/// <param name="Onderwerp">How the subject is named: "Leerling 24001 (Sanne de Vries)" or the company's name.</param>
/// <param name="Herstel">The page and section where the finding is fixed (<see cref="HerstelLinks"/>).</param>
/// <param name="Leerling">The student, for a student's finding (leerjaar, klas, mentor, profiel); null for a leerbedrijf.</param>
/// <param name="Route">The student's route today; null for a leerbedrijf or a student without one.</param>
/// <param name="LeerbedrijfIds">The leerbedrijven the finding concerns: the company itself, or the student's placements' companies.</param>
public sealed record Bevinding(
    Finding Finding,
    OnderwerpSoort Soort,
    int OnderwerpId,
    string Onderwerp,
    string Herstel,
    Leerling? Leerling,
    Leerroute? Route,
    IReadOnlyList<int> LeerbedrijfIds)
{
    /// <summary>"MOET" or "ADVIES", as the dossier page labels the kind.</summary>
    public string Soortlabel => Finding.Kind == RuleKind.Moet ? "MOET" : "ADVIES";

    /// <summary>Whether a coordinator may mark it as seen: an ADVIES only; a MOET is fixed, never dismissed.</summary>
    public bool KanGezienWorden => Finding.Kind == RuleKind.Advies;

    /// <summary>The coordinator's mark "gezien" on this rule and subject, if any; a seen finding leaves the default view.</summary>
    public GezienBevinding? Gezien { get; init; }

    /// <summary>A MOET finding that breaches the law (severity error): a "MOET-fout", as the home page counts them.</summary>
    public bool IsMoetFout => Finding.IsBlocking;
}
