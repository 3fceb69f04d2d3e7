using System.ComponentModel.DataAnnotations;
using Leerwerk.Domain;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Infrastructure.Tekst;

namespace Leerwerk.Web.Pages.MboInstellingen;

/// <summary>The form of <see cref="EditModel"/> and <see cref="NieuwModel"/>; each text as long as its column.</summary>
[Kolom(typeof(MboInstelling))]
public sealed class MboInstellingInput
{
    [Required]
    [StringLength(Tekstlengte.Standaard)]
    [Display(Name = "Naam")]
    public string? Name { get; set; }

    [Required]
    [StringLength(Tekstlengte.Standaard)]
    [Display(Name = "Bevoegd gezag")]
    public string? BevoegdGezag { get; set; }

    [Required]
    [Display(Name = "Soort instelling")]
    public MboSoort? Soort { get; set; }

    [Display(Name = "Verzorgt een basisberoepsopleiding (mbo niveau 2)")]
    public bool OffersBasisberoepsopleiding { get; set; }

    [RegularExpression("^\\s*[0-9]{2}[A-Za-z]{2}\\s*$", ErrorMessage = "BRIN-nummer moet bestaan uit twee cijfers en twee letters, bijvoorbeeld 25LH.")]
    [StringLength(Tekstlengte.Standaard)]
    [Display(Name = "BRIN-nummer")]
    public string? Brin { get; set; }

    [StringLength(Tekstlengte.Standaard)]
    [Display(Name = "Plaats")]
    public string? City { get; set; }

    [StringLength(Tekstlengte.Standaard)]
    [Display(Name = "Contactpersoon")]
    public string? ContactName { get; set; }

    // Explicit: EmailAddressAttribute reports its English default as ErrorMessage, so the Dutch provider skips it.
    [EmailAddress(ErrorMessage = "{0} is geen geldig e-mailadres.")]
    [StringLength(Tekstlengte.Standaard)]
    [Display(Name = "E-mailadres contactpersoon")]
    public string? ContactEmail { get; set; }

    [StringLength(Tekstlengte.Naam)]
    [Display(Name = "Ondertekenaar namens het bevoegd gezag")]
    public string? SignatoryName { get; set; }

    [EmailAddress(ErrorMessage = "{0} is geen geldig e-mailadres.")]
    [StringLength(Tekstlengte.Email)]
    [Display(Name = "E-mailadres ondertekenaar")]
    public string? SignatoryEmail { get; set; }

    public static MboInstellingInput From(MboInstelling instelling)
    {
        ArgumentNullException.ThrowIfNull(instelling);
        return new MboInstellingInput
        {
            Name = instelling.Name,
            BevoegdGezag = instelling.BevoegdGezag,
            Soort = instelling.Soort,
            OffersBasisberoepsopleiding = instelling.OffersBasisberoepsopleiding,
            Brin = instelling.Brin,
            City = instelling.City,
            ContactName = instelling.ContactName,
            ContactEmail = instelling.ContactEmail,
            SignatoryName = instelling.SignatoryName,
            SignatoryEmail = instelling.SignatoryEmail,
        };
    }

    /// <summary>Copies the form onto the institution; call only when the model state is valid.</summary>
    public void ApplyTo(MboInstelling instelling)
    {
        ArgumentNullException.ThrowIfNull(instelling);
        instelling.Name = Name!.Trim();
        instelling.BevoegdGezag = BevoegdGezag!.Trim();
        instelling.Soort = Soort!.Value;
        instelling.OffersBasisberoepsopleiding = OffersBasisberoepsopleiding;
        instelling.Brin = Blank(Brin)?.ToUpperInvariant();
        instelling.City = Blank(City);
        instelling.ContactName = Blank(ContactName);
        instelling.ContactEmail = Blank(ContactEmail);
        instelling.SignatoryName = Blank(SignatoryName);
        instelling.SignatoryEmail = Blank(SignatoryEmail);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
