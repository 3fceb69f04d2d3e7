namespace Leerwerk.Web.Infrastructure.Import;

/// <summary>One problem in an import file: its line, the column when known, and what is wrong, in Dutch.</summary>
public sealed record ImportFoutRegel(int Regel, string? Kolom, string Bericht);

/// <summary>
/// What the shared error list of the import pages (Pages/Shared/_ImportFouten) shows: either a table with line,
/// column and message per problem, or a list of whole sentences ("Regel 3, kolom kvk: …") where the file format
/// reports its errors as sentences. Whichever it is, the list says that nothing was stored.
/// </summary>
public sealed record ImportFouten(string Id, IReadOnlyList<ImportFoutRegel> Regels, IReadOnlyList<string> Zinnen)
{
    public int Count => Regels.Count + Zinnen.Count;

    public static ImportFouten Tabel(string id, IEnumerable<ImportFoutRegel> regels) => new(id, [.. regels], []);

    public static ImportFouten Lijst(string id, IEnumerable<string> zinnen) => new(id, [], [.. zinnen]);
}
