using Leerwerk.Domain.Leerbedrijven;

namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>Which leer-werkovereenkomsten count as hosting for rule F2.</summary>
public static class Stageperioden
{
    /// <summary>
    /// A placement counts as hosting once it became active (actief, later beëindigd or vervangen), from its start
    /// to its early end or its end date. A concept, or one still being signed, hosted nobody.
    /// </summary>
    public static bool Counts(Leerwerkovereenkomst plaatsing)
    {
        ArgumentNullException.ThrowIfNull(plaatsing);
        return plaatsing.Status is LeerwerkovereenkomstStatus.Actief or LeerwerkovereenkomstStatus.Beeindigd or LeerwerkovereenkomstStatus.Vervangen
            && (plaatsing.EndedOn ?? plaatsing.EndDate) >= plaatsing.StartDate;
    }

    public static Stageperiode Of(Leerwerkovereenkomst plaatsing)
    {
        ArgumentNullException.ThrowIfNull(plaatsing);
        return new Stageperiode(plaatsing.StartDate, plaatsing.EndedOn ?? plaatsing.EndDate);
    }

    /// <summary>The hosting periods among the given placements of one company.</summary>
    public static List<Stageperiode> From(IEnumerable<Leerwerkovereenkomst> plaatsingen) =>
        [.. plaatsingen.Where(Counts).Select(Of).OrderBy(p => p.Start)];
}
