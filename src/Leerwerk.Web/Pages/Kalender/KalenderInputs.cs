using System.ComponentModel.DataAnnotations;

namespace Leerwerk.Web.Pages.Kalender;

public sealed class InstellingenInput
{
    [Required(ErrorMessage = "Vul de eerste schooldag in.")]
    [Display(Name = "Eerste schooldag")]
    public DateOnly? EersteSchooldag { get; set; }

    [Required(ErrorMessage = "Vul de laatste schooldag in.")]
    [Display(Name = "Laatste schooldag")]
    public DateOnly? LaatsteSchooldag { get; set; }

    [Required(ErrorMessage = "Vul de start van het eerste tijdvak in.")]
    [Display(Name = "Start eerste tijdvak")]
    public DateOnly? EersteTijdvak { get; set; }

    [Required(ErrorMessage = "Vul de start van het cspe-venster in.")]
    [Display(Name = "Cspe-venster vanaf (start examenperiode)")]
    public DateOnly? CspeVanaf { get; set; }

    [Display(Name = "Bevrijdingsdag (5 mei) vrij in een lustrumjaar")]
    public bool BevrijdingsdagVrij { get; set; } = true;
}

public sealed class VrijInput
{
    [Required(ErrorMessage = "Vul de eerste vrije dag in.")]
    [Display(Name = "Van")]
    public DateOnly? Van { get; set; }

    [Display(Name = "Tot en met")]
    public DateOnly? Tot { get; set; }

    [Required(ErrorMessage = "Vul een omschrijving in, bijvoorbeeld Herfstvakantie.")]
    [StringLength(200)]
    [Display(Name = "Omschrijving")]
    public string? Omschrijving { get; set; }
}

public sealed class LesdagenInput
{
    [Required(ErrorMessage = "Vul de klas in.")]
    [StringLength(40)]
    [Display(Name = "Klas")]
    public string? Klas { get; set; }

    public bool Maandag { get; set; }

    public bool Dinsdag { get; set; }

    public bool Woensdag { get; set; }

    public bool Donderdag { get; set; }

    public bool Vrijdag { get; set; }
}

public sealed class BeleidInput
{
    [Display(Name = "Uren stage per schooljaar")]
    public decimal? UrenPerSchooljaar { get; set; }

    [Display(Name = "Geen schoolbeleid (regel E3 uit)")]
    public bool Uit { get; set; }
}
