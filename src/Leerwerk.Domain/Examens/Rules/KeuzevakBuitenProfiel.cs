using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Examens.Rules;

/// <summary>
/// C5 (MAG): any offered keuzevak may be chosen, also a profielmodule of another profiel. Each such choice is
/// shown as allowed so nobody mistakes it for a breach; how many of one profiel count is C6's business.
/// </summary>
public sealed class KeuzevakBuitenProfiel : IRule<Dossier>
{
    public string Id => "C5";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (!Programma.Applies(subject, referenceDate))
        {
            yield break;
        }

        var eigen = subject.Leerling.ProfielCode;
        foreach (var vak in Programma.Counted(subject).Where(v => v.Soort == VakSoort.Keuzevak
                     && !string.IsNullOrWhiteSpace(v.ModuleProfielCode)
                     && !string.Equals(v.ModuleProfielCode, eigen, StringComparison.OrdinalIgnoreCase)))
        {
            var profiel = Profielen.Profielen.Find(vak.ModuleProfielCode)?.Name ?? vak.ModuleProfielCode;
            yield return RuleCatalog.Get(Id, referenceDate).Finding(
                $"Het keuzevak {vak.Name} is een profielmodule van {profiel}, buiten het eigen profiel: toegestaan.",
                subject.Subject);
        }
    }
}
