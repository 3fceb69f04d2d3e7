using Leerwerk.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Mbo;

/// <summary>
/// What the mbo-partner pages share: the user's own mbo instelling, and a refusal of every POST (the role
/// reads only; an explicit handler, so a POST can never fall through to rendering the page).
/// </summary>
public abstract class MboPartnerPage(UserManager<LeerwerkUser> users) : PageModel
{
    protected async Task<int?> MboInstellingIdAsync() => (await users.GetUserAsync(User))?.MboInstellingId;

    public IActionResult OnPost() => Forbid();
}
