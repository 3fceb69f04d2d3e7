using System.ComponentModel.DataAnnotations;
using Leerwerk.Domain;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Web.Infrastructure.Tekst;

namespace Leerwerk.Web.Pages.Overeenkomsten;

/// <summary>The fields of the end and replace forms of <see cref="LeerwerkModel"/>.</summary>
public sealed class EindeInput
{
    [Display(Name = "Datum van beëindiging")]
    public DateOnly? On { get; set; }

    [Display(Name = "Reden of oorzaak")]
    [StringLength(Tekstlengte.Notitie)]
    [MeerdereRegels]
    [Kolom(typeof(Leerwerkovereenkomst), nameof(Leerwerkovereenkomst.EndReason))]
    public string? Reason { get; set; }

    [Display(Name = "Leerbedrijf van de vervangende plaatsing")]
    public int? NewLeerbedrijfId { get; set; }

    [Display(Name = "Startdatum van de vervangende plaatsing")]
    public DateOnly? NewStartDate { get; set; }
}
