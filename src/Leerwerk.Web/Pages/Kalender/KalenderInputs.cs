using System.ComponentModel.DataAnnotations;
using Leerwerk.Domain.Kalender;
using Leerwerk.Web.Infrastructure.Tekst;
using Microsoft.AspNetCore.Mvc.ModelBinding;

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

    public static InstellingenInput Van(Schoolkalender kalender) => new()
    {
        EersteSchooldag = kalender.EersteSchooldag,
        LaatsteSchooldag = kalender.LaatsteSchooldag,
        EersteTijdvak = kalender.EersteTijdvak,
        CspeVanaf = kalender.CspeVanaf,
        BevrijdingsdagVrij = kalender.BevrijdingsdagVrij,
    };

    public void Check(ModelStateDictionary state)
    {
        if (EersteSchooldag is { } eerste && LaatsteSchooldag is { } laatste && laatste <= eerste)
        {
            state.AddModelError("Instellingen.LaatsteSchooldag", "De laatste schooldag moet na de eerste schooldag liggen.");
        }
    }

    /// <summary>Called only after validation: every required date is there.</summary>
    public void Apply(Schoolkalender kalender)
    {
        kalender.EersteSchooldag = EersteSchooldag!.Value;
        kalender.LaatsteSchooldag = LaatsteSchooldag!.Value;
        kalender.EersteTijdvak = EersteTijdvak!.Value;
        kalender.CspeVanaf = CspeVanaf!.Value;
        kalender.BevrijdingsdagVrij = BevrijdingsdagVrij;
    }
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
    [Kolom(typeof(Leerwerk.Domain.Kalender.VrijePeriode), nameof(Leerwerk.Domain.Kalender.VrijePeriode.Omschrijving))]
    public string? Omschrijving { get; set; }

    /// <summary>'Tot en met' not before 'van', and the whole period in the school year of the page.</summary>
    public void Check(ModelStateDictionary state, int jaar)
    {
        if (Van is not { } van)
        {
            return;
        }

        var tot = Tot ?? van;
        if (tot < van)
        {
            state.AddModelError("Vrij.Tot", "'Tot en met' ligt vóór 'van'.");
        }
        else if (Schoolkalender.SchooljaarVan(van) != jaar || Schoolkalender.SchooljaarVan(tot) != jaar)
        {
            state.AddModelError("Vrij.Van", $"De periode valt niet in schooljaar {Schoolkalender.Label(jaar)}.");
        }
    }
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

    /// <summary>Sets the class's lesson days, adding the class when the calendar has none for it yet.</summary>
    public void Apply(Schoolkalender kalender)
    {
        var klas = Klas!.Trim();
        var row = kalender.Lesdagen.FirstOrDefault(l => string.Equals(l.ClassName, klas, StringComparison.OrdinalIgnoreCase));
        if (row is null)
        {
            row = new KlasLesdagen { SchoolId = kalender.SchoolId, ClassName = klas };
            kalender.Lesdagen.Add(row);
        }

        (row.Maandag, row.Dinsdag, row.Woensdag, row.Donderdag, row.Vrijdag) = (Maandag, Dinsdag, Woensdag, Donderdag, Vrijdag);
    }
}

public sealed class BeleidInput
{
    [Display(Name = "Uren stage per schooljaar")]
    public decimal? UrenPerSchooljaar { get; set; }

    [Display(Name = "Geen schoolbeleid (regel E3 uit)")]
    public bool Uit { get; set; }

    public static BeleidInput Van(StageurenBeleid beleid) => new() { Uit = beleid.UrenPerSchooljaar is null, UrenPerSchooljaar = beleid.UrenPerSchooljaar };
}

/// <summary>What the policy form (on the calendar page and on its own page) needs: the year to return to and the values.</summary>
public sealed record BeleidFormulier(int Jaar, BeleidInput BeleidForm);
