using System.Globalization;
using Leerwerk.Domain.Csv;
using Leerwerk.Web.Infrastructure;

namespace Leerwerk.Web.Bevindingen;

/// <summary>
/// The worklist as a file, with the filters applied: CSV through <see cref="CsvExport"/> and XLSX; every text cell goes
/// through <see cref="SpreadsheetText.Neutralise"/>, numbers stay numbers.
/// </summary>
public static class BevindingenExport
{
    public static readonly string[] Headers =
    [
        "Soort", "Regel", "Onderwerp", "Bevinding", "Leerjaar", "Klas", "Mentor", "Profiel", "Route", "Artikel", "Herstellen",
    ];

    public static string FileName(DateOnly today, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"bevindingen-{today:yyyy-MM-dd}.{extension}");

    public static byte[] Csv(IEnumerable<Bevinding> rows) => CsvExport.Write(Headers, rows.Select(Cells));

    public static byte[] Xlsx(IEnumerable<Bevinding> rows) => XlsxExport.Write("Bevindingen", Headers, rows.Select(Cells));

    private static object?[] Cells(Bevinding b) =>
    [
        b.Soortlabel, b.Finding.RuleId, b.Onderwerp, b.Finding.Message, b.Leerling?.Leerjaar, b.Leerling?.ClassName,
        b.Leerling?.MentorName, b.Leerling?.ProfielCode, b.Route?.Label(), b.Finding.Citation.Text, b.Herstel,
    ];
}
