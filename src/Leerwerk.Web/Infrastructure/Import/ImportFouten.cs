using Leerwerk.Domain;

namespace Leerwerk.Web.Infrastructure.Import;

/// <summary>
/// What the shared error list of the import pages (Pages/Shared/_ImportFouten) shows: the problems of one file
/// (<see cref="ImportFout"/>), either as a table with line, column and message per problem, or as a list of whole
/// sentences ("Regel 3, kolom kvk: …") where the page has always shown them so. Each problem carries its stable code
/// as data-code. Whichever it is, the list says that nothing was stored.
/// </summary>
public sealed record ImportFouten(string Id, IReadOnlyList<ImportFout> Fouten, bool AlsZinnen)
{
    public int Count => Fouten.Count;

    public static ImportFouten Tabel(string id, IEnumerable<ImportFout> fouten) => new(id, [.. fouten], false);

    public static ImportFouten Lijst(string id, IEnumerable<ImportFout> fouten) => new(id, [.. fouten], true);
}
