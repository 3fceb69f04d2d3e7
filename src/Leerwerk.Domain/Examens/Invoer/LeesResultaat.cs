namespace Leerwerk.Domain.Examens.Invoer;

/// <summary>
/// The candidates of a file, or the problem that makes the file unreadable (exit code 2): a CSV row error with its row,
/// column and code, or a problem with the file as a whole.
/// </summary>
public sealed record LeesResultaat(IReadOnlyList<KandidaatInvoer> Kandidaten, ImportFout? Fout)
{
    public static LeesResultaat Onleesbaar(ImportFout fout) => new([], fout);

    /// <summary>The file as a whole cannot be read (not found, not JSON, …).</summary>
    public static LeesResultaat Onleesbaar(string fout) => Onleesbaar(ImportFout.Bestand(fout, ImportFoutCode.BestandOngeldig));
}
