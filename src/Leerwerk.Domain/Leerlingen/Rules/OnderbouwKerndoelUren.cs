using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Leerlingen.Rules;

/// <summary>
/// B4: for a student for whom the school deems an LWT most suitable, the school provides at least 1425 hours
/// of education based on kerndoelen in leerjaar 1 and 2 together. Judged once leerjaar 2 is recorded or the
/// student is past the onderbouw; in leerjaar 1 the second year is still to come.
/// </summary>
public sealed class OnderbouwKerndoelUren : IRule<Dossier>
{
    /// <summary>The minimum of kerndoel hours in leerjaar 1 and 2, B4's citation in the catalogue; the one place this number is written.</summary>
    public const decimal MinimumUren = 1425m;

    public string Id => "B4";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var student = subject.Leerling;
        if (!student.LwtBeoogd || (student.KerndoelUrenLeerjaar2 is null && student.Leerjaar < 3))
        {
            yield break;
        }

        var samen = (student.KerndoelUrenLeerjaar1 ?? 0m) + (student.KerndoelUrenLeerjaar2 ?? 0m);
        if (samen < MinimumUren)
        {
            yield return RuleCatalog.Get(Id, referenceDate).Finding(
                $"Voor {student.FullName} is een leer-werktraject beoogd, maar in leerjaar 1 en 2 zijn samen {Nl.Number(samen)} klokuren onderwijs op basis van kerndoelen vastgelegd (leerjaar 1: {Uren(student.KerndoelUrenLeerjaar1)}, leerjaar 2: {Uren(student.KerndoelUrenLeerjaar2)}); dat moeten er ten minste {Nl.Number(MinimumUren)} zijn.",
                subject.Subject);
        }
    }

    private static string Uren(decimal? uren) => uren is { } u ? Nl.Number(u) : "niet vastgelegd";
}
