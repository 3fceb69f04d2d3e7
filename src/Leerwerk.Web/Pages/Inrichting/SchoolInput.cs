using System.ComponentModel.DataAnnotations;
using Leerwerk.Domain;
using Leerwerk.Domain.Scholen;
using Leerwerk.Domain.Scholen.Gegevens;
using Leerwerk.Web.Infrastructure.Tekst;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using BrinNummer = Leerwerk.Domain.Scholen.Gegevens.Brin;

namespace Leerwerk.Web.Pages.Inrichting;

/// <summary>The form of a school: name, BRIN and vestiging, bevoegd gezag and its signatory, visiting address, regio.</summary>
[Kolom(typeof(Leerwerk.Domain.Scholen.School))]
public sealed class SchoolInput
{
    [Required]
    [StringLength(Tekstlengte.Naam)]
    [Display(Name = "Naam van de school")]
    public string? Name { get; set; }

    [StringLength(Tekstlengte.Brin)]
    [Display(Name = "BRIN-nummer")]
    public string? Brin { get; set; }

    [StringLength(Tekstlengte.Vestiging)]
    [Display(Name = "Vestigingsnummer")]
    public string? Vestiging { get; set; }

    [Required]
    [StringLength(Tekstlengte.Standaard)]
    [Display(Name = "Bevoegd gezag")]
    public string? BevoegdGezag { get; set; }

    [StringLength(Tekstlengte.Naam)]
    [Display(Name = "Naam van wie namens het bevoegd gezag ondertekent")]
    public string? SignatoryName { get; set; }

    [StringLength(Tekstlengte.Naam)]
    [Display(Name = "Functie van de ondertekenaar")]
    public string? SignatoryFunction { get; set; }

    /// <summary>The AVG retention period in whole years after leaving; empty keeps the current one (a form without the field).</summary>
    [Range(1, 50, ErrorMessage = "De bewaartermijn is 1 tot en met 50 jaar.")]
    [Display(Name = "Bewaartermijn na uitstroom (jaren)")]
    public int? BewaartermijnJaren { get; set; }

    [StringLength(Tekstlengte.Email)]
    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in.")]
    [Display(Name = "E-mailadres van de ondertekenaar")]
    public string? SignatoryEmail { get; set; }

    [StringLength(Tekstlengte.Naam)]
    [Display(Name = "Straat")]
    public string? Street { get; set; }

    [StringLength(Tekstlengte.Kort)]
    [Display(Name = "Huisnummer")]
    public string? HouseNumber { get; set; }

    [StringLength(Tekstlengte.Postcode)]
    [Display(Name = "Postcode")]
    public string? PostalCode { get; set; }

    [StringLength(Tekstlengte.Standaard)]
    [Display(Name = "Plaats")]
    public string? City { get; set; }

    [Required]
    [Display(Name = "Regio voor de schoolvakanties")]
    public Regio? Regio { get; set; }

    public static SchoolInput From(School school)
    {
        ArgumentNullException.ThrowIfNull(school);
        return new SchoolInput
        {
            Name = school.Name,
            Brin = school.Brin,
            Vestiging = school.Vestiging,
            BevoegdGezag = school.BevoegdGezag,
            SignatoryName = school.SignatoryName,
            SignatoryFunction = school.SignatoryFunction,
            BewaartermijnJaren = school.BewaartermijnJaren,
            SignatoryEmail = school.SignatoryEmail,
            Street = school.Street,
            HouseNumber = school.HouseNumber,
            PostalCode = school.PostalCode,
            City = school.City,
            Regio = school.Regio,
        };
    }

    /// <summary>Adds the domain's Dutch messages for the BRIN, the vestiging and the address to <paramref name="modelState"/>.</summary>
    public void Validate(ModelStateDictionary modelState, string prefix)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (BrinNummer.Fout(Brin) is { } brin)
        {
            modelState.AddModelError($"{prefix}.{nameof(Brin)}", brin);
        }

        if (BrinNummer.VestigingFout(Vestiging) is { } vestiging)
        {
            modelState.AddModelError($"{prefix}.{nameof(Vestiging)}", vestiging);
        }

        var fouten = new Adres(Street, HouseNumber, PostalCode, City).Fouten();
        foreach (var (part, field) in new[] { ("Straat", nameof(Street)), ("Huisnummer", nameof(HouseNumber)), ("Postcode", nameof(PostalCode)), ("Plaats", nameof(City)) })
        {
            if (fouten.TryGetValue(part, out var message))
            {
                modelState.AddModelError($"{prefix}.{field}", message);
            }
        }
    }

    /// <summary>Copies the form onto the school; call only when the model state is valid.</summary>
    public void ApplyTo(School school)
    {
        ArgumentNullException.ThrowIfNull(school);
        school.Name = Name!.Trim();
        school.Brin = BrinNummer.Normalize(Brin)!;
        school.Vestiging = Vestiging!.Trim();
        school.BevoegdGezag = BevoegdGezag!.Trim();
        school.SignatoryName = Blank(SignatoryName);
        school.SignatoryFunction = Blank(SignatoryFunction);
        school.BewaartermijnJaren = BewaartermijnJaren ?? school.BewaartermijnJaren;
        school.SignatoryEmail = Blank(SignatoryEmail);
        school.Street = Street!.Trim();
        school.HouseNumber = HouseNumber!.Trim();
        school.PostalCode = Postcode.Normalize(PostalCode);
        school.City = City!.Trim();
        school.Regio = Regio!.Value;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
