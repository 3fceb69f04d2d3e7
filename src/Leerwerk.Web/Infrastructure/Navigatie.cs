using System.Security.Claims;
using Leerwerk.Data.Identity;
using Microsoft.AspNetCore.Authorization;

namespace Leerwerk.Web.Infrastructure;

/// <summary>One entry of the main menu: where it goes, its Dutch label and the policy of the page it opens.</summary>
/// <param name="Href">The page's address.</param>
/// <param name="Label">The Dutch text of the link.</param>
/// <param name="Policy">The same policy as the page's <c>[Authorize]</c>; null for a page anyone may open.</param>
public sealed record MenuItem(string Href, string Label, string? Policy);

/// <summary>
/// The main menu as one table. An entry is shown only to a user who passes the policy of the page it opens,
/// so the menu and the page authorization cannot disagree; <c>docs/permissions.md</c> lists the result per role
/// and the integration tests check both against the running app.
/// </summary>
public static class Navigatie
{
    public static readonly IReadOnlyList<MenuItem> Hoofdmenu =
    [
        new("/", "Overzicht", Policies.SchoolStaff),
        new("/Bevindingen", "Bevindingen", Policies.SchoolStaff),
        new("/Mbo", "Gedeelde leerlingen", Policies.MboPartner),
        new("/Leerlingen", "Leerlingen", Policies.SchoolStaff),
        new("/Leerbedrijven", "Leerbedrijven", Policies.SchoolStaff),
        new("/Overeenkomsten", "Overeenkomsten", Policies.SchoolStaff),
        new("/StageUren", "Stage-uren", Policies.SchoolStaff),
        new("/Kalender", "Kalender", Policies.SchoolStaff),
        new("/Examen", "Examen", Policies.Exam),
        new("/Rapportage", "Rapportage", Policies.Coordination),
        new("/Herinneringen", "Herinneringen", Policies.Coordination),
        new("/Regels", "Regels", null),
        new("/Gebruikers", "Gebruikers", Policies.Beheer),
        new("/ApiSleutels", "API-sleutels", Policies.Beheer),
        new("/Inrichting", "Inrichting", Policies.Beheer),
        new("/Besturen", "Besturen", Policies.Beheer),
        new("/Audit", "Audit", Policies.Beheer),
        new("/Berichten", "E-mail", Policies.Beheer),
    ];

    /// <summary>The entries <paramref name="user"/> may open, in menu order.</summary>
    public static async Task<IReadOnlyList<MenuItem>> VoorAsync(ClaimsPrincipal user, IAuthorizationService authorization)
    {
        ArgumentNullException.ThrowIfNull(authorization);
        var visible = new List<MenuItem>();
        foreach (var item in Hoofdmenu)
        {
            if (item.Policy is null || (await authorization.AuthorizeAsync(user, item.Policy)).Succeeded)
            {
                visible.Add(item);
            }
        }

        return visible;
    }

    /// <summary>Where a user starts after logging in: the mbo-partner on its shared students, staff on the overview.</summary>
    public static string StartPagina(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.MboPartner) ? "/Mbo" : "/";
    }
}
