using Leerwerk.Data;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Identity;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Inrichting;

/// <summary>
/// Step 1 of the set-up: a new school (no id) or the data of an existing one. A new school and the
/// beheerders' membership of it are stored in one transaction; the login cookie is then refreshed so the
/// beheerder sees the new school at once.
/// </summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class SchoolModel(
    LeerwerkDbContext db, AccountBootstrapper accounts, UserManager<LeerwerkUser> users, SignInManager<LeerwerkUser> signIn) : PageModel
{
    [BindProperty]
    public SchoolInput Input { get; set; } = new();

    public bool IsNew { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken ct)
    {
        IsNew = id is null;
        if (id is null)
        {
            Input = new SchoolInput { Vestiging = "00" };
            return Page();
        }

        var school = await db.Scholen.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        if (school is null)
        {
            return NotFound();
        }

        Input = SchoolInput.From(school);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int? id, CancellationToken ct)
    {
        IsNew = id is null;
        var school = id is null
            ? new School { Name = string.Empty, BevoegdGezag = string.Empty, Brin = string.Empty }
            : await db.Scholen.SingleOrDefaultAsync(s => s.Id == id, ct);
        if (school is null)
        {
            return NotFound();
        }

        Input.Validate(ModelState, nameof(Input));
        await CheckUniqueAsync(id, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Input.ApplyTo(school);
        if (id is not null)
        {
            await db.SaveChangesAsync(ct);
            TempData["Status"] = $"De gegevens van {school.Name} zijn opgeslagen.";
            return RedirectToPage("Index");
        }

        await using (var transaction = await db.Database.BeginTransactionAsync(ct))
        {
            db.Scholen.Add(school);
            await db.SaveChangesAsync(ct);
            await accounts.AddAdministratorsToSchoolAsync(school.Id, ct);
            await transaction.CommitAsync(ct);
        }

        // The school claims live in the cookie (ADR 0005): without a refresh the new school stays invisible.
        if (await users.GetUserAsync(User) is { } user)
        {
            await signIn.RefreshSignInAsync(user);
        }

        TempData["Status"] = $"{school.Name} is aangemaakt. Kies nu de profielen die de school aanbiedt.";
        return RedirectToPage("Profielen", new { id = school.Id });
    }

    /// <summary>A BRIN with its vestiging names one school in the whole installation, also one the user cannot see.</summary>
    private async Task CheckUniqueAsync(int? id, CancellationToken ct)
    {
        var brin = Domain.Scholen.Gegevens.Brin.Normalize(Input.Brin);
        var vestiging = Input.Vestiging?.Trim();
        if (brin is null || vestiging is null)
        {
            return;
        }

        var other = await db.Scholen.IgnoreQueryFilters().AsNoTracking()
            .Where(s => s.Brin == brin && s.Vestiging == vestiging && s.Id != id)
            .Select(s => s.Name)
            .FirstOrDefaultAsync(ct);
        if (other is not null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Vestiging)}", $"BRIN {brin} met vestiging {vestiging} is al in gebruik door {other}.");
        }
    }
}
