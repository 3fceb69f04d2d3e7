using System.ComponentModel.DataAnnotations;

namespace Leerwerk.Web.Pages.Examen;

/// <summary>The form of Examen/Berekenen: pasted text, an uploaded file and/or picked students.</summary>
public sealed class BerekenenInput
{
    [Display(Name = "JSON of CSV")]
    public string? Tekst { get; set; }

    [Display(Name = "Bestand")]
    public IFormFile? Bestand { get; set; }

    public List<int> LeerlingIds { get; set; } = [];
}
