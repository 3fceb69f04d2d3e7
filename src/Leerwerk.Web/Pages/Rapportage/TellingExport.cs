using System.Globalization;
using Leerwerk.Domain.Csv;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Profielen;
using Leerwerk.Web.Infrastructure;

namespace Leerwerk.Web.Pages.Rapportage;

/// <summary>
/// The counts per profiel × leerjaar as a file, with the national 2019–2020 column and a total row: CSV for Excel in
/// Dutch and XLSX with the counts as numbers. Counts only, no person: not audited as a download of personal data.
/// </summary>
public static class TellingExport
{
    public static readonly string[] Headers =
    [
        "Profiel", "LWT-vakcode", "Leerjaar 3", "Leerjaar 4", "Totaal",
        $"Landelijk {Schoolkalender.Label(LandelijkeTelling.Schooljaar)} leerjaar 3",
        $"Landelijk {Schoolkalender.Label(LandelijkeTelling.Schooljaar)} leerjaar 4",
        $"Landelijk {Schoolkalender.Label(LandelijkeTelling.Schooljaar)} totaal",
    ];

    public static string FileName(DateOnly today, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"lwt-telling-{today:yyyy-MM-dd}.{extension}");

    public static byte[] Csv(IReadOnlyList<LwtTelling.ProfielRij> rows) => CsvExport.Write(Headers, Rows(rows));

    public static byte[] Xlsx(IReadOnlyList<LwtTelling.ProfielRij> rows) => XlsxExport.Write("LWT-telling", Headers, Rows(rows));

    private static IEnumerable<object?[]> Rows(IReadOnlyList<LwtTelling.ProfielRij> rows)
    {
        foreach (var r in rows)
        {
            yield return [r.Profiel.Afkorting, r.Profiel.LwtVakcode, r.Leerjaar3, r.Leerjaar4, r.Totaal, r.Landelijk?.Leerjaar3, r.Landelijk?.Leerjaar4, r.Landelijk?.Totaal];
        }

        yield return
        [
            "Totaal", null, rows.Sum(r => r.Leerjaar3), rows.Sum(r => r.Leerjaar4), rows.Sum(r => r.Totaal),
            rows.Sum(r => r.Landelijk?.Leerjaar3 ?? 0), rows.Sum(r => r.Landelijk?.Leerjaar4 ?? 0), rows.Sum(r => r.Landelijk?.Totaal ?? 0),
        ];
    }
}
