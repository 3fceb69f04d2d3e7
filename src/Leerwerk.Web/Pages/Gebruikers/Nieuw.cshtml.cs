using Leerwerk.Data;
using Leerwerk.Data.Accounts;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Gebruikers;

/// <summary>
/// A new account of one of the beheerder's schools, made as the first beheerder's is: a one-time password, shown once
/// on this answer and never stored readable, to be changed at the first login.
/// </summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class NieuwModel(LeerwerkDbContext db, AccountBootstrapper accounts) : PageModel
{
    [BindProperty]
    public AccountInput Input { get; set; } = new();

    public AccountKeuzes Keuzes { get; private set; } = null!;

    /// <summary>Set only on the answer to a successful POST: the one time the password is shown.</summary>
    public string? OneTimePassword { get; private set; }

    public string? NewUserId { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        Keuzes = await AccountKeuzes.LoadAsync(db, ct);
        Input.SchoolId = Keuzes.Scholen.Count > 0 ? Keuzes.Scholen[0].Id : null;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        Keuzes = await AccountKeuzes.LoadAsync(db, ct);
        if (string.IsNullOrWhiteSpace(Input.UserName))
        {
            ModelState.AddModelError("Input.UserName", "Vul de gebruikersnaam in.");
        }

        if (Input.SchoolId is not { } schoolId || Keuzes.Scholen.All(s => s.Id != schoolId))
        {
            ModelState.AddModelError("Input.SchoolId", "Kies een school uit de lijst.");
        }

        Keuzes.Check(Input, Input.SchoolId is { } id ? [id] : [], ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var account = await accounts.CreateAccountAsync(
            Input.UserName!, Input.DisplayName!, Input.Role!, [Input.SchoolId!.Value],
            mboInstellingId: Input.Role == Data.Identity.Roles.MboPartner ? Input.MboInstellingId : null, cancellationToken: ct);
        if (!account.Succeeded)
        {
            foreach (var error in account.Errors)
            {
                ModelState.AddModelError("Input.UserName", error);
            }

            return Page();
        }

        OneTimePassword = account.Password;
        NewUserId = account.User!.Id;
        return Page();
    }
}
