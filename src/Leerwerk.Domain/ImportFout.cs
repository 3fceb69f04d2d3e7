namespace Leerwerk.Domain;

/// <summary>
/// One problem in an import file, the same for every import (LAS students, erkende leerbedrijven, stage hours, the
/// school calendar): the row as users see it (the header is row 1; 0 when the problem is the file as a whole), the
/// column as the file's header names it (null when the problem concerns the whole row or file), the Dutch message and
/// a stable machine code from <see cref="ImportFoutCode"/> that tests and integrations can rely on.
/// </summary>
/// <param name="Row">The row as users see it: the header is row 1; 0 for the file as a whole.</param>
/// <param name="Column">The column as the file's header names it; null when the problem concerns the whole row or file.</param>
/// <param name="Message">What is wrong, in Dutch, without the row and column (see <see cref="Tekst"/>).</param>
/// <param name="Code">One of <see cref="ImportFoutCode"/>.</param>
/// <param name="Positie">The column's place in the row (1 = first), for a file that may have no header row; null otherwise.</param>
public sealed record ImportFout(int Row, string? Column, string Message, string Code, int? Positie = null)
{
    /// <summary>"Regel 4, kolom geboortedatum: …" as the import pages and the docs show it; only the message for the whole file.</summary>
    public string Tekst => (Row, Column, Positie) switch
    {
        (0, _, _) => Message,
        (_, null, _) => $"Regel {Row}: {Message}",
        (_, _, null) => $"Regel {Row}, kolom {Column}: {Message}",
        _ => $"Regel {Row}, kolom {Positie} ({Column}): {Message}",
    };

    /// <summary>A problem with the file itself (empty, too large, unreadable), not with one of its rows.</summary>
    public static ImportFout Bestand(string message, string code) => new(0, null, message, code);

    public override string ToString() => Tekst;
}
