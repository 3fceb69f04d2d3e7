using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Examens.Rules;

/// <summary>
/// C6: at most two profielmodulen of any one other profiel count among the keuzevakken. A keuzevak
/// outside the profiel is itself allowed (C5, MAG) and is never flagged.
/// </summary>
public sealed class ProfielmodulenVanAnderProfiel : IRule<Dossier>
{
    public const int Maximum = 2;

    public string Id => "C6";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (!Programma.Applies(subject, referenceDate))
        {
            yield break;
        }

        var eigen = subject.Leerling.ProfielCode;
        var groepen = Programma.Counted(subject)
            .Where(v => v.Soort == VakSoort.Keuzevak && !string.IsNullOrWhiteSpace(v.ModuleProfielCode)
                && !string.Equals(v.ModuleProfielCode, eigen, StringComparison.OrdinalIgnoreCase))
            .GroupBy(v => v.ModuleProfielCode!.ToUpperInvariant())
            .Where(g => g.Count() > Maximum);
        foreach (var groep in groepen)
        {
            var profiel = Profielen.Profielen.Find(groep.Key)?.Name ?? groep.Key;
            yield return RuleCatalog.Get(Id, referenceDate).Finding(
                string.Create(Nl.Culture, $"{subject.Leerling.FullName} heeft {groep.Count()} profielmodulen van het profiel {profiel} als keuzevak ({string.Join(", ", groep.Select(v => v.Name))}); er tellen er ten hoogste {Maximum} van eenzelfde ander profiel."),
                subject.Subject);
        }
    }
}
