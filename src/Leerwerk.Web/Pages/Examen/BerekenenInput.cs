using System.ComponentModel.DataAnnotations;
using Leerwerk.Web.Infrastructure.Tekst;

namespace Leerwerk.Web.Pages.Examen;

/// <summary>The form of Examen/Berekenen: pasted text, an uploaded file and/or picked students.</summary>
public sealed class BerekenenInput
{
    // Pasted input, read but never stored; an exam file may be large (the upload limit, not a column, bounds it).
    [Display(Name = "JSON of CSV")]
    [MeerdereRegels]
    [StringLength(int.MaxValue)]
    public string? Tekst { get; set; }

    [Display(Name = "Bestand")]
    public IFormFile? Bestand { get; set; }

    public List<int> LeerlingIds { get; set; } = [];
}
