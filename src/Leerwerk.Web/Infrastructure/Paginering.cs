namespace Leerwerk.Web.Infrastructure;

/// <summary>
/// One page of a list that is filtered and sorted as a whole first: which page is shown, how many there are, and the
/// page numbers the navigation offers (the first, the last and two on each side of the current one, gaps as null).
/// The links keep every other query parameter, so a filter or sort survives paging (<c>_Paginering.cshtml</c>).
/// </summary>
public sealed record Paginering(int Pagina, int Totaal, int Grootte, string Wat)
{
    /// <summary>The query parameter of the page number.</summary>
    public const string Parameter = "pagina";

    public int Paginas => Math.Max(1, (Totaal + Grootte - 1) / Grootte);

    /// <summary>The first row shown, counted from 1; 0 for an empty list.</summary>
    public int Eerste => Totaal == 0 ? 0 : ((Pagina - 1) * Grootte) + 1;

    public int Laatste => Math.Min(Pagina * Grootte, Totaal);

    /// <summary>The page numbers to link, in order; null where numbers are left out.</summary>
    public IReadOnlyList<int?> Nummers
    {
        get
        {
            var result = new List<int?>();
            for (var n = 1; n <= Paginas; n++)
            {
                if (n == 1 || n == Paginas || Math.Abs(n - Pagina) <= 2)
                {
                    result.Add(n);
                }
                else if (result[^1] is not null)
                {
                    result.Add(null);
                }
            }

            return result;
        }
    }

    /// <param name="gevraagd">The page asked for; out of range (or absent) is clamped to the first or last.</param>
    /// <param name="totaal">The number of rows after filtering.</param>
    /// <param name="grootte">Rows per page.</param>
    /// <param name="wat">What the list holds, plural, for the navigation's label: "leerlingen".</param>
    public static Paginering Van(int? gevraagd, int totaal, int grootte, string wat)
    {
        var paginas = Math.Max(1, (totaal + grootte - 1) / grootte);
        return new Paginering(Math.Clamp(gevraagd ?? 1, 1, paginas), totaal, grootte, wat);
    }

    /// <summary>The rows of this page from the whole filtered and sorted list.</summary>
    public IReadOnlyList<T> Deel<T>(IEnumerable<T> alles) => [.. alles.Skip((Pagina - 1) * Grootte).Take(Grootte)];
}
