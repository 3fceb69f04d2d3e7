using Leerwerk.Data;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Auditing;
using Leerwerk.Data.Identity;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain.Csv;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Audit;

/// <summary>
/// The audit trail for the beheerder: who changed, downloaded or exported which data and who logged in, searchable by
/// student, user, date and kind, 50 entries a page, and the same search as CSV. Only the beheerder's own schools; the
/// installation's entries (failed logins with an unknown name, besturen) only for a beheerder of the installation.
/// </summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class IndexModel(LeerwerkDbContext db, ISchoolScope scope, UserManager<LeerwerkUser> users, AccountBootstrapper accounts) : PageModel
{
    public const int PageSize = 50;

    /// <summary>An export holds at most this many entries; a narrower search gets the rest.</summary>
    public const int MaxExportRows = 100_000;

    [BindProperty(SupportsGet = true, Name = "leerling")]
    public string? Leerling { get; set; }

    [BindProperty(SupportsGet = true, Name = "gebruiker")]
    public string? Gebruiker { get; set; }

    [BindProperty(SupportsGet = true, Name = "van")]
    public DateOnly? Van { get; set; }

    [BindProperty(SupportsGet = true, Name = "tot")]
    public DateOnly? Tot { get; set; }

    [BindProperty(SupportsGet = true, Name = "soort")]
    public string? Soort { get; set; }

    [BindProperty(SupportsGet = true, Name = "pagina")]
    public int Pagina { get; set; } = 1;

    public int Totaal { get; private set; }

    public int Paginas => Math.Max(1, (Totaal + PageSize - 1) / PageSize);

    public IReadOnlyList<AuditEntry> Rows { get; private set; } = [];

    public IReadOnlyList<string> Soorten { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var schools = await SchoolsAsync(ct);
        var query = await Search().ApplyAsync(db, schools, ct);
        Totaal = await query.CountAsync(ct);
        Pagina = Math.Clamp(Pagina, 1, Paginas);
        Rows = await query.Skip((Pagina - 1) * PageSize).Take(PageSize).ToListAsync(ct);
        Soorten = await AuditZoekopdracht.KindsAsync(db, schools, ct);
    }

    /// <summary>The same search as CSV (';', UTF-8 with BOM); the export itself is audited like every export.</summary>
    public async Task<IActionResult> OnGetCsvAsync(CancellationToken ct)
    {
        var query = await Search().ApplyAsync(db, await SchoolsAsync(ct), ct);
        var rows = await query.Take(MaxExportRows).ToListAsync(ct);
        var csv = CsvExport.Write(
            ["Tijdstip", "School", "Gebruiker", "Soort", "Record", "Handeling", "Gegevens"],
            rows.Select(r => (IReadOnlyList<object?>)[AuditZoekopdracht.Local(r.At), r.SchoolId, r.UserName, r.EntityType, r.EntityId, r.Action, r.Changes]));
        return File(csv, "text/csv; charset=utf-8", "audit.csv");
    }

    /// <summary>The query string of this search with one value changed, for the paging links.</summary>
    public Dictionary<string, string> RouteValues(string key, string value)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["leerling"] = Leerling ?? string.Empty,
            ["gebruiker"] = Gebruiker ?? string.Empty,
            ["van"] = Van?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            ["tot"] = Tot?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty,
            ["soort"] = Soort ?? string.Empty,
        };
        values[key] = value;
        return values.Where(v => v.Value.Length > 0).ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal);
    }

    private AuditZoekopdracht Search() => new(Leerling, Gebruiker, Van, Tot, Soort);

    private async Task<List<int>> SchoolsAsync(CancellationToken ct)
    {
        var schools = scope.SchoolIds.ToList();
        if (await users.GetUserAsync(User) is { } user && await accounts.IsInstallationAdministratorAsync(user, ct))
        {
            schools.Add(AuditEntry.Installation);
        }

        return schools;
    }
}
