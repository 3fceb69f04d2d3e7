using System.ComponentModel.DataAnnotations;
using Leerwerk.Domain;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Scholen;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Leerwerk.Web.Pages.LandelijkeVakanties;

/// <summary>One national holiday as the beheerder copies it from the Rijksoverheid list: for one regio or for all three.</summary>
public sealed class VakantieInput
{
    /// <summary>The value of the regio choice that stands for all three regio's (Christmas and May are the same everywhere).</summary>
    public const string AlleRegios = "Alle";

    [Required(ErrorMessage = "Kies de vakantie.")]
    [Display(Name = "Vakantie")]
    public string? Soort { get; set; }

    [Required(ErrorMessage = "Kies de regio.")]
    [Display(Name = "Regio")]
    public string? Regio { get; set; } = AlleRegios;

    [Required(ErrorMessage = "Vul de eerste vakantiedag in.")]
    [Display(Name = "Van")]
    public DateOnly? Van { get; set; }

    [Required(ErrorMessage = "Vul de laatste vakantiedag in.")]
    [Display(Name = "Tot en met")]
    public DateOnly? Tot { get; set; }

    /// <summary>The regio's the holiday is for; empty when the choice is none of them (a tampered form).</summary>
    public IReadOnlyList<Domain.Scholen.Regio> Regios => Regio == AlleRegios
        ? Enum.GetValues<Domain.Scholen.Regio>()
        : Enum.GetValues<Domain.Scholen.Regio>().Where(r => r.ToString() == Regio).ToArray();

    /// <summary>A known kind and regio, 'tot en met' not before 'van', and the whole holiday in the page's school year.</summary>
    public void Check(ModelStateDictionary state, int jaar)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (Soort is not null && !Schoolvakanties.Soorten.Contains(Soort))
        {
            state.AddModelError($"Input.{nameof(Soort)}", $"Kies een van de landelijke vakanties: {string.Join(", ", Schoolvakanties.Soorten)}.");
        }

        if (Regio is not null && Regios.Count == 0)
        {
            state.AddModelError($"Input.{nameof(Regio)}", "Kies regio noord, midden, zuid of alle regio's.");
        }

        if (Van is not { } van || Tot is not { } tot)
        {
            return;
        }

        if (tot < van)
        {
            state.AddModelError($"Input.{nameof(Tot)}", $"'Tot en met' ({Nl.Date(tot)}) ligt vóór 'van' ({Nl.Date(van)}).");
        }
        else if (Schoolkalender.SchooljaarVan(van) != jaar || Schoolkalender.SchooljaarVan(tot) != jaar)
        {
            state.AddModelError($"Input.{nameof(Van)}", $"De vakantie valt niet (helemaal) in schooljaar {Schoolkalender.Label(jaar)}.");
        }
    }
}
