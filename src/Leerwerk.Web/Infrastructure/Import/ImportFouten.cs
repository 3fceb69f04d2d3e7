using Leerwerk.Domain;

namespace Leerwerk.Web.Infrastructure.Import;

/// <summary>
/// What the shared error list of the import pages (Pages/Shared/_ImportFouten) shows: the problems of one file
/// (<see cref="ImportFout"/>), either as a table with line, column and message per problem, or as a list of whole
/// sentences ("Regel 3, kolom kvk: …") where the page has always shown them so; at most <see cref="ToonFouten"/> of them. Each problem carries its stable code
/// as data-code. Whichever it is, the list says that nothing was stored.
/// </summary>
public sealed record ImportFouten(string Id, IReadOnlyList<ImportFout> Fouten, bool AlsZinnen)
{
    /// <summary>The problems the list shows; a file with 100.000 bad rows gets the first ones and a count of the rest.</summary>
    public const int ToonFouten = ImportVoorbeeld.ToonRegels;

    public int Count => Fouten.Count;

    public IEnumerable<ImportFout> Getoond => Fouten.Take(ToonFouten);

    /// <summary>How many problems the list does not show ("en nog 99.900 fouten").</summary>
    public int Rest => Math.Max(0, Count - ToonFouten);

    public static ImportFouten Tabel(string id, IEnumerable<ImportFout> fouten) => new(id, [.. fouten], false);

    public static ImportFouten Lijst(string id, IEnumerable<ImportFout> fouten) => new(id, [.. fouten], true);
}
