using System.ComponentModel.DataAnnotations;
using Leerwerk.Data.Identity;
using Leerwerk.Domain;
using Leerwerk.Web.Infrastructure.Tekst;

namespace Leerwerk.Web.Pages.Gebruikers;

/// <summary>What the beheerder fills in for an account; the username and school only when it is created.</summary>
public sealed class AccountInput
{
    [StringLength(Tekstlengte.Gebruiker)]
    [Kolom(typeof(LeerwerkUser), nameof(LeerwerkUser.UserName))]
    [RegularExpression("^[A-Za-z0-9._@+-]+$", ErrorMessage = "Een gebruikersnaam bestaat uit letters, cijfers en - . _ @ +, zonder spaties.")]
    [Display(Name = "Gebruikersnaam")]
    public string? UserName { get; set; }

    [Required]
    [StringLength(Tekstlengte.Standaard)]
    [Kolom(typeof(LeerwerkUser), nameof(LeerwerkUser.DisplayName))]
    [Display(Name = "Naam zoals Leerwerk die toont")]
    public string? DisplayName { get; set; }

    [Required]
    [Display(Name = "Rol")]
    public string? Role { get; set; }

    [Display(Name = "School")]
    public int? SchoolId { get; set; }

    [Display(Name = "Mbo-instelling (alleen voor een mbo-partner)")]
    public int? MboInstellingId { get; set; }
}
