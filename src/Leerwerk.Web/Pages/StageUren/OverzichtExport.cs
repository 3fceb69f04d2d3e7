using System.Globalization;
using Leerwerk.Data.Queries;
using Leerwerk.Domain;
using Leerwerk.Domain.Csv;
using Leerwerk.Web.Infrastructure;

namespace Leerwerk.Web.Pages.StageUren;

/// <summary>
/// The overview as a file: CSV for Excel in Dutch (<see cref="CsvExport"/>: `;`, decimal commas, UTF-8 with BOM) and
/// XLSX with real numbers. Text cells in both go through <see cref="SpreadsheetText.Neutralise"/>, so a name such as
/// "=2+3" is shown as text and never run as a formula.
/// </summary>
public static class OverzichtExport
{
    public static readonly string[] Headers =
    [
        "Leerlingnummer", "Naam", "Klas", "Leerjaar", "Meetellende uren", "Stagedagen", "Nog goed te keuren",
        "Telt niet mee", "Prognose uren", "Prognose dagen", "Examenperiode", "Uren tekort", "Dagen tekort",
        "Extra uren per week", "Extra dagen per week", "Risico",
    ];

    public static string FileName(DateOnly today, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"stage-uren-{today:yyyy-MM-dd}.{extension}");

    public static byte[] Csv(IEnumerable<StageUrenOverzichtRij> rows) => CsvExport.Write(Headers, rows.Select(Cells));

    public static byte[] Xlsx(IEnumerable<StageUrenOverzichtRij> rows) => XlsxExport.Write("Stage-uren", Headers, rows.Select(Cells));

    /// <summary>The values of one row, typed: numbers stay numbers for XLSX.</summary>
    private static object?[] Cells(StageUrenOverzichtRij r) =>
    [
        r.Leerlingnummer, r.Naam, r.Klas, r.Leerjaar, r.GeteldeUren, r.GeteldeDagen, r.OpenUren, r.NietGeteldeUren,
        r.Prognose.PrognoseUren, r.Prognose.PrognoseDagen, Nl.Date(r.Prognose.Horizon), r.Prognose.UrenTekort, r.Prognose.DagenTekort,
        r.Prognose.ExtraUrenPerWeek, r.Prognose.ExtraDagenPerWeek, r.Prognose.OpRisico ? "ja" : "nee",
    ];
}
