using System.ComponentModel.DataAnnotations;

namespace Leerwerk.Web.Pages.Gebruikers;

/// <summary>What the beheerder fills in for an account; the username and school only when it is created.</summary>
public sealed class AccountInput
{
    [StringLength(100)]
    [RegularExpression("^[A-Za-z0-9._@+-]+$", ErrorMessage = "Een gebruikersnaam bestaat uit letters, cijfers en - . _ @ +, zonder spaties.")]
    [Display(Name = "Gebruikersnaam")]
    public string? UserName { get; set; }

    [Required]
    [StringLength(200)]
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
