using System.Globalization;
using Leerwerk.Data;
using Leerwerk.Domain.Csv;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Profielen;
using Leerwerk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Rapportage;

/// <summary>
/// The registration of a school year's LWT students with their profiel's LWT vakcode (rule A7), as a list and as
/// CSV/XLSX. The students are those at school on the school year's peildatum (<see cref="Peildatum"/>) whose route
/// that day is the leer-werktraject. A student carrying a regular code or another profiel's code
/// (<see cref="LwtVakcodeControle"/>) makes the whole export refuse: a partial registration is worse than none.
/// </summary>
public static class LwtInschrijving
{
    public static readonly string[] Headers = ["Leerlingnummer", "Naam", "Profiel", "LWT-vakcode"];

    /// <summary>Today for the current school year; for an earlier one its teldatum, 1 October.</summary>
    public static DateOnly Peildatum(int schooljaar, DateOnly today) =>
        Domain.Kalender.Schoolkalender.SchooljaarVan(today) <= schooljaar ? today : new DateOnly(schooljaar, 10, 1);

    public static async Task<List<Rij>> LoadAsync(LeerwerkDbContext db, DateOnly peildatum, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var students = await db.Leerlingen.AsNoTracking().Include(l => l.Routes).Include(l => l.Vakken)
            .Where(l => l.GewistOp == null && (l.UitgestroomdOp == null || l.UitgestroomdOp > peildatum))
            .AsSplitQuery()
            .ToListAsync(ct);
        var codes = await db.VakCodes.AsNoTracking().Where(c => c.Soort == VakSoort.Profielvak).ToListAsync(ct);
        return [.. students.Where(l => l.RouteOn(peildatum) == Leerroute.LeerWerktraject)
            .OrderBy(l => l.LastName, StringComparer.Ordinal).ThenBy(l => l.FirstName, StringComparer.Ordinal).ThenBy(l => l.Id)
            .Select(l =>
            {
                var vakken = l.Vakken.Where(v => v.Soort == VakSoort.Profielvak).Select(v => v.Name).ToList();
                var gedragen = codes.Where(c => c.SchoolId == l.SchoolId && vakken.Contains(c.Name, StringComparer.OrdinalIgnoreCase))
                    .Select(c => c.Code).Distinct(StringComparer.Ordinal).ToList();
                return new Rij(l.Id, l.Leerlingnummer, l.FullName, Profielen.Find(l.ProfielCode), LwtVakcodeControle.Probleem(l.ProfielCode, gedragen));
            })];
    }

    public static string FileName(int schooljaar, string extension) =>
        string.Create(CultureInfo.InvariantCulture, $"lwt-inschrijving-{Domain.Kalender.Schoolkalender.Label(schooljaar)}.{extension}");

    public static byte[] Csv(IEnumerable<Rij> rows) => CsvExport.Write(Headers, rows.Select(Cells));

    public static byte[] Xlsx(IEnumerable<Rij> rows) => XlsxExport.Write("LWT-inschrijving", Headers, rows.Select(Cells));

    private static object?[] Cells(Rij r) => [r.Leerlingnummer, r.Naam, r.Profiel?.Afkorting, r.Profiel?.LwtVakcode];

    /// <summary>One LWT student: the profiel (null when unknown) and the A7 problem, if any.</summary>
    public sealed record Rij(int LeerlingId, string Leerlingnummer, string Naam, Profiel? Profiel, string? Probleem);
}
