namespace Leerwerk.Domain.Csv;

/// <summary>
/// Neutralises formula injection (OWASP "CSV injection") in every CSV and XLSX export: a text cell that starts with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return could run as a formula when a spreadsheet opens
/// the file, so it gets a single quote in front and Excel shows it as text. Only text cells pass through here: numbers
/// (hours, days, grades) are written as numbers, so a negative number stays a number (ADR 0006).
/// </summary>
public static class SpreadsheetText
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static string Neutralise(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Length > 0 && FormulaStarts.Contains(text[0]) ? "'" + text : text;
    }
}
