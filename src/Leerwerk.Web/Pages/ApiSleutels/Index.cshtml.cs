using System.ComponentModel.DataAnnotations;
using Leerwerk.Data;
using Leerwerk.Data.ApiSleutels;
using Leerwerk.Domain;
using Leerwerk.Web.Api;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.ApiSleutels;

/// <summary>
/// The beheerder's API keys: make one per school with its scopes (the key is shown once, on the answer to the POST,
/// and never stored), see when each was last used, revoke one, and read what the API wrote in the keys' names.
/// </summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class IndexModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    /// <summary>How many of the latest API writes the page shows.</summary>
    public const int AuditRows = 20;

    public IReadOnlyList<ApiSleutel> Sleutels { get; private set; } = [];

    public IReadOnlyDictionary<int, string> Scholen { get; private set; } = new Dictionary<int, string>();

    public IReadOnlyList<Data.Auditing.AuditEntry> Schrijfacties { get; private set; } = [];

    /// <summary>The key just made: shown on this one answer only.</summary>
    public string? NieuweSleutel { get; private set; }

    [BindProperty]
    public SleutelInput Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostNieuwAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        var name = Input.Naam?.Trim() ?? string.Empty;
        var scopes = Input.Scopes.Where(ApiScopes.All.Contains).Distinct().OrderBy(s => ApiScopes.All.ToList().IndexOf(s)).ToList();
        var schoolId = Input.SchoolId ?? (Scholen.Count == 1 ? Scholen.Keys.First() : 0);
        if (name.Length == 0)
        {
            ModelState.AddModelError("Input.Naam", "Vul een naam in, bijvoorbeeld het systeem dat de sleutel gebruikt.");
        }
        else if (Sleutels.Any(k => k.SchoolId == schoolId && string.Equals(k.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            ModelState.AddModelError("Input.Naam", $"De school heeft al een sleutel met de naam '{name}'; kies een andere naam, zodat het logboek ze uit elkaar houdt.");
        }

        if (scopes.Count == 0)
        {
            ModelState.AddModelError("Input.Scopes", "Kies wat de sleutel mag: lezen, uren-schrijven of beide.");
        }

        if (!Scholen.ContainsKey(schoolId))
        {
            ModelState.AddModelError("Input.SchoolId", "Kies een van uw scholen.");
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var (key, prefix, hash) = ApiSleutelGeheim.Nieuw();
        db.ApiSleutels.Add(new ApiSleutel
        {
            SchoolId = schoolId,
            Name = name,
            Scopes = string.Join(' ', scopes),
            Prefix = prefix,
            SleutelHash = hash,
            CreatedBy = User.Identity!.Name!,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        await db.SaveChangesAsync(ct);

        // The key is in this answer only: never cached, never in TempData (a cookie), never in the database.
        Response.Headers.CacheControl = "no-store";
        NieuweSleutel = key;
        Input = new SleutelInput();
        await LoadAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostIntrekkenAsync(int id, CancellationToken ct)
    {
        var key = await db.ApiSleutels.FirstOrDefaultAsync(k => k.Id == id, ct);
        if (key is null)
        {
            return NotFound();
        }

        if (!key.IsRevoked)
        {
            key.RevokedAt = clock.GetUtcNow().UtcDateTime;
            key.RevokedBy = User.Identity!.Name!;
            await db.SaveChangesAsync(ct);
        }

        TempData["Status"] = $"De sleutel '{key.Name}' is ingetrokken; hij opent niets meer.";
        return RedirectToPage();
    }

    public static string Moment(DateTime? utc) => utc is { } at
        ? TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(at, DateTimeKind.Utc), DutchTime).ToString("d MMMM yyyy HH:mm", Nl.Culture)
        : "nog niet";

    private static readonly TimeZoneInfo DutchTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    private async Task LoadAsync(CancellationToken ct)
    {
        Scholen = await db.Scholen.AsNoTracking().OrderBy(s => s.Name).ToDictionaryAsync(s => s.Id, s => s.Name, ct);
        Sleutels = await db.ApiSleutels.AsNoTracking().OrderBy(k => k.RevokedAt != null).ThenBy(k => k.Name).ToListAsync(ct);

        // Every write through the API is audited in the key's name (ApiSleutelAuthenticatie); the school filter is the audit's own column.
        var schoolIds = Scholen.Keys.ToList();
        Schrijfacties = await db.Audit.AsNoTracking()
            .Where(a => schoolIds.Contains(a.SchoolId) && a.UserName.StartsWith(ApiSleutelAuthenticatie.NamePrefix))
            .OrderByDescending(a => a.At).ThenByDescending(a => a.Id).Take(AuditRows).ToListAsync(ct);
    }

    public sealed class SleutelInput
    {
        [StringLength(100, ErrorMessage = "De naam is hoogstens 100 tekens.")]
        public string? Naam { get; set; }

        public int? SchoolId { get; set; }

        public List<string> Scopes { get; set; } = [];
    }
}
