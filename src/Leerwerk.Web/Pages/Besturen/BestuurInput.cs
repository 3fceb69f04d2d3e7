using System.ComponentModel.DataAnnotations;
using Leerwerk.Domain;
using Leerwerk.Web.Infrastructure.Tekst;

namespace Leerwerk.Web.Pages.Besturen;

/// <summary>The form of a new bestuur: its name and, when known, the bevoegd-gezagnummer DUO gave it.</summary>
[Kolom(typeof(Leerwerk.Domain.Scholen.Bestuur))]
public sealed class BestuurInput
{
    [Required(ErrorMessage = "Vul de naam van het bestuur in.")]
    [StringLength(Tekstlengte.Naam, ErrorMessage = "De naam is te lang: hoogstens {1} tekens.")]
    [Display(Name = "Naam van het bestuur")]
    public string? Name { get; set; }

    [StringLength(Tekstlengte.BevoegdGezagNummer)]
    [RegularExpression("^[0-9]{5}$", ErrorMessage = "Het bevoegd-gezagnummer bestaat uit vijf cijfers, bijvoorbeeld 41234.")]
    [Display(Name = "Bevoegd-gezagnummer (DUO, vijf cijfers)")]
    public string? BevoegdGezagNummer { get; set; }
}
