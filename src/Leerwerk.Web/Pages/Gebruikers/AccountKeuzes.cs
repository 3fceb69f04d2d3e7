using Leerwerk.Data;
using Leerwerk.Data.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Gebruikers;

/// <summary>The choices of the account form (roles, the beheerder's schools, their mbo instellingen) and their checks.</summary>
public sealed record AccountKeuzes(IReadOnlyList<(int Id, string Name)> Scholen, IReadOnlyList<(int Id, int SchoolId, string Name)> Instellingen)
{
    public static IReadOnlyList<string> Rollen => Roles.All;

    public static async Task<AccountKeuzes> LoadAsync(LeerwerkDbContext db, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);

        // The context's school filter already limits both lists to the beheerder's own schools.
        var scholen = await db.Scholen.AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(ct);
        var instellingen = await db.MboInstellingen.AsNoTracking().OrderBy(m => m.Name).Select(m => new { m.Id, m.SchoolId, m.Name }).ToListAsync(ct);
        return new AccountKeuzes(
            scholen.Select(s => (s.Id, s.Name)).ToList(),
            instellingen.Select(m => (m.Id, m.SchoolId, m.Name)).ToList());
    }

    /// <summary>Adds Dutch errors for a role that does not exist or an mbo-partner without an instelling of one of <paramref name="schoolIds"/>.</summary>
    public void Check(AccountInput input, IReadOnlyCollection<int> schoolIds, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(modelState);
        if (input.Role is not null && !Roles.All.Contains(input.Role))
        {
            modelState.AddModelError("Input.Role", "Kies een van de rollen uit de lijst.");
        }

        if (input.Role == Roles.MboPartner
            && !Instellingen.Any(m => m.Id == input.MboInstellingId && schoolIds.Contains(m.SchoolId)))
        {
            modelState.AddModelError("Input.MboInstellingId", "Kies voor een mbo-partner de mbo-instelling van de school waarvoor hij werkt.");
        }
    }
}
