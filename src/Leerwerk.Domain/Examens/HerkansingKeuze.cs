namespace Leerwerk.Domain.Examens;

/// <summary>
/// The herkansing a candidate chooses (UB WVO 2020 art. 3.38 lid 1–2, EXAM.md "Timing"): the centraal examen of one
/// subject, and in the basisberoepsgerichte leerweg the cspe of the profielvak as well. RULES.md has no rule id for
/// this article, so a wrong choice is refused where it is entered, with this Dutch message, rather than reported as a finding.
/// </summary>
public static class HerkansingKeuze
{
    /// <summary>Why the chosen subjects are not a valid herkansing, or null when they are.</summary>
    public static string? Fout(IEnumerable<Vak> gekozen)
    {
        ArgumentNullException.ThrowIfNull(gekozen);
        var vakken = gekozen.ToList();
        if (vakken.FirstOrDefault(v => !v.HeeftCe) is { } zonderCe)
        {
            return $"{zonderCe.Name} heeft geen centraal examen en kan dus niet worden herkanst.";
        }

        var schriftelijk = vakken.Where(v => v.Soort != VakSoort.Profielvak).Select(v => v.Name).ToList();
        return schriftelijk.Count > 1
            ? $"Herkansen kan in één vak met een centraal examen (daarnaast mag het cspe): gekozen zijn {string.Join(" en ", schriftelijk)}."
            : null;
    }
}
