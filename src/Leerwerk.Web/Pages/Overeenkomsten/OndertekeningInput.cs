using System.ComponentModel.DataAnnotations;
using Leerwerk.Domain;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Web.Infrastructure.Tekst;

namespace Leerwerk.Web.Pages.Overeenkomsten;

/// <summary>The form of <see cref="LeerwerkModel"/> that records a signature made on paper.</summary>
public sealed class OndertekeningInput
{
    [Required(ErrorMessage = "Kies de partij die tekent.")]
    [Display(Name = "Partij")]
    public Partij? Partij { get; set; }

    [Required]
    [StringLength(Tekstlengte.Standaard)]
    [Kolom(typeof(Ondertekening), nameof(Ondertekening.SignerName))]
    [Display(Name = "Naam van wie tekent")]
    public string? SignerName { get; set; }

    [Required]
    [Display(Name = "Datum van ondertekening")]
    public DateOnly? SignedOn { get; set; }
}
