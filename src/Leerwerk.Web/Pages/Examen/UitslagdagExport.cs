using System.Globalization;
using Leerwerk.Domain;
using Leerwerk.Domain.Csv;
using Leerwerk.Domain.Examens;
using Leerwerk.Web.Infrastructure;

namespace Leerwerk.Web.Pages.Examen;

/// <summary>
/// The uitslagdag list as a file: CSV for Excel in Dutch (<see cref="CsvExport"/>) and XLSX (<see cref="XlsxExport"/>)
/// with the combinatiecijfer and the CE-gemiddelde as numbers. The CE-gemiddelde is cut, never rounded, to two decimals,
/// as on the page, so 5,4966 is never shown as 5,5.
/// </summary>
public static class UitslagdagExport
{
    public static readonly string[] Headers =
    [
        "Leerlingnummer", "Naam", "Klas", "Regeling", "Uitslag", "Combinatiecijfer", "CE-gemiddelde", "Herkansing mogelijk",
        "Vaststelling", "Vastgestelde uitslag", "Vastgesteld op", "Vastgesteld door",
    ];

    public static string FileName(DateOnly today, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"uitslagen-{today:yyyy-MM-dd}.{extension}");

    public static byte[] Csv(IEnumerable<CohortRij> rows) => CsvExport.Write(Headers, rows.Select(Cells));

    public static byte[] Xlsx(IEnumerable<CohortRij> rows) => XlsxExport.Write("Uitslagen", Headers, rows.Select(Cells));

    private static object?[] Cells(CohortRij r) =>
    [
        r.Leerling.Leerlingnummer, r.Leerling.FullName, r.Leerling.ClassName, r.Uitslag.ToegepasteRegeling.Label(), r.Uitslag.Status.Label(),
        r.Uitslag.Combinatiecijfer, r.Uitslag.CeGemiddelde is { } g ? Afronding.Afgekapt(g, 2) : null, r.HerkansingMogelijk ? "ja" : "nee",
        r.VaststellingLabel, r.Vastgesteld?.Status.Label(), r.Vastgesteld is { } v ? Nl.Date(DateOnly.FromDateTime(v.VastgesteldOp)) : null,
        r.Vastgesteld?.VastgesteldDoor,
    ];
}
