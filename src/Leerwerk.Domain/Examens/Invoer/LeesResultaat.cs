namespace Leerwerk.Domain.Examens.Invoer;

/// <summary>The candidates of a file, or one Dutch message saying why the file itself cannot be read (exit code 2).</summary>
public sealed record LeesResultaat(IReadOnlyList<KandidaatInvoer> Kandidaten, string? Fout)
{
    public static LeesResultaat Onleesbaar(string fout) => new([], fout);
}
