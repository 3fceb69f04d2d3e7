using Leerwerk.Data;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Identity;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Gebruikers;

/// <summary>
/// The students a mentor account mentors, chosen from the students of the account's schools. The links are
/// <see cref="MentorLeerling"/> rows: school-owned, so the context audits every added and removed link.
/// </summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class LeerlingenModel(LeerwerkDbContext db, ISchoolScope scope, AccountBeheer beheer) : PageModel
{
    [BindProperty]
    public List<int> Gekozen { get; set; } = [];

    public LeerwerkUser Account { get; private set; } = null!;

    public IReadOnlyList<Keuze> Leerlingen { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Gekozen = await db.MentorLeerlingen.Where(m => m.UserId == id).Select(m => m.LeerlingId).ToListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        // Only students offered on the form count: an id of another school's student is ignored, never linked.
        var chosen = Leerlingen.Where(l => Gekozen.Contains(l.Id)).ToDictionary(l => l.Id);
        var current = await db.MentorLeerlingen.Where(m => m.UserId == id).ToListAsync(ct);
        db.MentorLeerlingen.RemoveRange(current.Where(m => !chosen.ContainsKey(m.LeerlingId)));
        db.MentorLeerlingen.AddRange(chosen.Values
            .Where(l => current.All(m => m.LeerlingId != l.Id))
            .Select(l => new MentorLeerling { UserId = id, LeerlingId = l.Id, SchoolId = l.SchoolId }));
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"{Account.UserName} is nu mentor van {chosen.Count} {(chosen.Count == 1 ? "leerling" : "leerlingen")}.";
        return RedirectToPage("Bewerken", new { id });
    }

    private async Task<bool> LoadAsync(string id, CancellationToken ct)
    {
        var account = await BeheerbareAccounts.FindAsync(db, scope.SchoolIds, id, ct);
        if (account is null || await beheer.RoleOfAsync(account) != Roles.Mentor)
        {
            return false;
        }

        Account = account;
        var schoolIds = await db.UserSchools.Where(s => s.UserId == id).Select(s => s.SchoolId).ToListAsync(ct);
        var students = await db.Leerlingen.AsNoTracking().Where(l => schoolIds.Contains(l.SchoolId)).ToListAsync(ct);
        var byName = StringComparer.Create(Nl.Culture, ignoreCase: true);
        Leerlingen = students
            .Select(l => new Keuze(l.Id, l.SchoolId, l.FullName, l.Leerlingnummer, l.ClassName))
            .OrderBy(l => l.ClassName ?? string.Empty, byName).ThenBy(l => l.Name, byName)
            .ToList();
        return true;
    }

    public sealed record Keuze(int Id, int SchoolId, string Name, string Leerlingnummer, string? ClassName);
}
