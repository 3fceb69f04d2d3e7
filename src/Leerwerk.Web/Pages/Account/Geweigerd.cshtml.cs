using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Account;

public sealed class GeweigerdModel : PageModel
{
    public void OnGet()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
    }
}
