using Leerwerk.Domain.StageUren;

namespace Leerwerk.Data.Queries;

/// <summary>
/// Hour entries read in bulk share one string per name. The database hands every row its own copy of who entered and
/// who approved it ("coordinator", "Gert van Wijk"): in a batch of a board's dossiers that is more than half of the
/// entries' memory, and the same few names (docs/performance.md "Memory"). What is read is unchanged.
/// </summary>
internal static class GedeeldeNamen
{
    public static List<StageUrenRegel> Deel(List<StageUrenRegel> uren)
    {
        var namen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var regel in uren)
        {
            regel.EnteredBy = Gedeeld(namen, regel.EnteredBy);
            regel.ReviewedBy = regel.ReviewedBy is { } reviewer ? Gedeeld(namen, reviewer) : null;
        }

        return uren;
    }

    private static string Gedeeld(Dictionary<string, string> namen, string naam)
    {
        if (namen.TryGetValue(naam, out var gedeeld))
        {
            return gedeeld;
        }

        namen[naam] = naam;
        return naam;
    }
}
