namespace Leerwerk.Domain.Leerlingen.Import;

/// <summary>One problem in an import file, at a row (the header is row 1) and, when it is about one, a column.</summary>
public sealed record ImportFout(int Regel, string? Kolom, string Bericht)
{
    /// <summary>"Regel 4, kolom geboortedatum: …" as the import page and the docs show it.</summary>
    public string Tekst => Kolom is null ? $"Regel {Regel}: {Bericht}" : $"Regel {Regel}, kolom {Kolom}: {Bericht}";

    public override string ToString() => Tekst;
}
