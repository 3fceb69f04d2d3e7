using Leerwerk.Data;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.StageUren;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.StageUren;

/// <summary>
/// Hours per LWT student over leerjaar 3 and 4 against the legal minimum of 640 clock hours in
/// 80 days (WVO 2020 art. 2.38 lid 9), weakest first.
/// </summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class IndexModel(LeerwerkDbContext db) : PageModel
{
    public const decimal MinimumHours = 640m;
    public const int MinimumDays = 80;

    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public string? Klas { get; private set; }

    public IReadOnlyList<string> Classes { get; private set; } = [];

    public async Task OnGetAsync(string? klas, CancellationToken ct)
    {
        Klas = string.IsNullOrWhiteSpace(klas) ? null : klas;
        var students = await db.Leerlingen.AsNoTracking()
            .Where(l => l.Routes.Any(r => r.Route == Leerroute.LeerWerktraject))
            .Select(l => new { l.Id, l.Leerlingnummer, l.FirstName, l.Tussenvoegsel, l.LastName, l.ClassName, l.Leerjaar })
            .ToListAsync(ct);
        Classes = students.Select(s => s.ClassName ?? "").Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal).ToList();

        var totals = await db.StageUren.AsNoTracking()
            .Where(r => r.Status == UrenStatus.Goedgekeurd || r.Status == UrenStatus.Ingevoerd)
            .GroupBy(r => new { r.LeerlingId, r.Status })
            .Select(g => new { g.Key.LeerlingId, g.Key.Status, Hours = g.Sum(r => r.Hours), Days = g.Select(r => r.Date).Distinct().Count() })
            .ToListAsync(ct);
        var byStudent = totals.ToLookup(t => t.LeerlingId);

        Rows = students
            .Where(s => Klas is null || s.ClassName == Klas)
            .Select(s =>
            {
                var approved = byStudent[s.Id].FirstOrDefault(t => t.Status == UrenStatus.Goedgekeurd);
                var open = byStudent[s.Id].FirstOrDefault(t => t.Status == UrenStatus.Ingevoerd);
                var name = string.Join(' ', new[] { s.FirstName, s.Tussenvoegsel, s.LastName }.Where(p => !string.IsNullOrEmpty(p)));
                return new Row(s.Id, s.Leerlingnummer, name, s.ClassName, s.Leerjaar, approved?.Hours ?? 0m, approved?.Days ?? 0, open?.Hours ?? 0m);
            })
            .OrderBy(r => r.Share)
            .ToList();
    }

    /// <summary>One student's hours: approved (counted), and entered but not yet approved.</summary>
    public sealed record Row(int LeerlingId, string Leerlingnummer, string Name, string? ClassName, int Leerjaar, decimal ApprovedHours, int ApprovedDays, decimal OpenHours)
    {
        /// <summary>Progress towards the minimum, the weaker of hours and days.</summary>
        public decimal Share => Math.Min(ApprovedHours / MinimumHours, (decimal)ApprovedDays / MinimumDays);

        public bool MeetsMinimum => ApprovedHours >= MinimumHours && ApprovedDays >= MinimumDays;
    }
}
