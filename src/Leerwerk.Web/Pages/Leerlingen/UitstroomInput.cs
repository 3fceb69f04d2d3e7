using System.ComponentModel.DataAnnotations;
using Leerwerk.Domain.Leerlingen;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Leerwerk.Web.Pages.Leerlingen;

/// <summary>The uitstroom form: the day the student left the school and why; both empty means the student is at school.</summary>
public sealed class UitstroomInput
{
    [Display(Name = "Uitgestroomd op")]
    public DateOnly? UitgestroomdOp { get; set; }

    [Display(Name = "Reden")]
    public UitstroomReden? Reden { get; set; }

    public static UitstroomInput From(Leerling leerling) => new() { UitgestroomdOp = leerling.UitgestroomdOp, Reden = leerling.UitstroomReden };

    public void Validate(ModelStateDictionary modelState)
    {
        if (UitgestroomdOp is not null && Reden is null)
        {
            modelState.AddModelError($"Input.{nameof(Reden)}", "Kies waarom de leerling de school verliet.");
        }

        if (UitgestroomdOp is null && Reden is not null)
        {
            modelState.AddModelError($"Input.{nameof(UitgestroomdOp)}", "Vul de datum in waarop de leerling de school verliet.");
        }
    }

    public void ApplyTo(Leerling leerling)
    {
        leerling.UitgestroomdOp = UitgestroomdOp;
        leerling.UitstroomReden = UitgestroomdOp is null ? null : Reden;
    }

    /// <summary>The reason in Dutch, as the student's page shows it.</summary>
    public static string Label(UitstroomReden reden) => reden switch
    {
        UitstroomReden.Geslaagd => "geslaagd (diploma)",
        UitstroomReden.Overstap => "overstap naar een andere school",
        UitstroomReden.Voortijdig => "voortijdig, zonder diploma",
        _ => reden.ToString(),
    };
}
