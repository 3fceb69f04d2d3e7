using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Examens.Rules;

/// <summary>C2: the programme of an LWT student in leerjaar 3 or 4 includes the profielvak and four beroepsgerichte keuzevakken.</summary>
public sealed class BeroepsgerichtProgramma : IRule<Dossier>
{
    public const int Keuzevakken = 4;

    public string Id => "C2";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (!Programma.Applies(subject, referenceDate))
        {
            yield break;
        }

        var vakken = Programma.Counted(subject).ToList();
        var missing = new List<string>();
        if (vakken.All(v => v.Soort != VakSoort.Profielvak))
        {
            missing.Add("het profielvak");
        }

        var keuzevakken = vakken.Count(v => v.Soort == VakSoort.Keuzevak);
        if (keuzevakken < Keuzevakken)
        {
            missing.Add(string.Create(Nl.Culture, $"vier beroepsgerichte keuzevakken (er zijn er {keuzevakken})"));
        }

        if (missing.Count > 0)
        {
            yield return RuleCatalog.Get(Id, referenceDate).Finding(
                $"Het beroepsgerichte programma van {subject.Leerling.FullName} mist {string.Join(" en ", missing)}.",
                subject.Subject);
        }
    }
}
