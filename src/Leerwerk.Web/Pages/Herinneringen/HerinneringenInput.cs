using System.ComponentModel.DataAnnotations;
using Leerwerk.Data.Herinneringen;

namespace Leerwerk.Web.Pages.Herinneringen;

/// <summary>The form of the reminders page: each kind on or off, and the days before a missing signature is reminded.</summary>
public sealed class HerinneringenInput
{
    [Display(Name = "Handtekening ontbreekt: mail de coördinator")]
    public bool HandtekeningAan { get; set; }

    [Display(Name = "Na hoeveel dagen ter ondertekening")]
    public int? HandtekeningDagen { get; set; }

    [Display(Name = "Weekoverzicht stage-uren aan elke praktijkbegeleider")]
    public bool UrenOverzichtAan { get; set; }

    [Display(Name = "Herbeoordeling SBB binnen drie maanden nodig of te laat (F1)")]
    public bool HerbeoordelingAan { get; set; }

    [Display(Name = "Erkenning vervalt (F2)")]
    public bool ErkenningAan { get; set; }

    [Display(Name = "Samenwerkingsovereenkomst opgezegd of loopt binnen zes maanden af (A3)")]
    public bool SamenwerkingAan { get; set; }

    [Display(Name = "Leerling haalt de stage-uren niet op tijd (B2, E1)")]
    public bool PrognoseAan { get; set; }

    public static HerinneringenInput Van(HerinneringInstellingen instellingen)
    {
        ArgumentNullException.ThrowIfNull(instellingen);
        return new()
        {
            HandtekeningAan = instellingen.HandtekeningAan,
            HandtekeningDagen = instellingen.HandtekeningDagen,
            UrenOverzichtAan = instellingen.UrenOverzichtAan,
            HerbeoordelingAan = instellingen.HerbeoordelingAan,
            ErkenningAan = instellingen.ErkenningAan,
            SamenwerkingAan = instellingen.SamenwerkingAan,
            PrognoseAan = instellingen.PrognoseAan,
        };
    }

    public void Naar(HerinneringInstellingen instellingen)
    {
        ArgumentNullException.ThrowIfNull(instellingen);
        instellingen.HandtekeningAan = HandtekeningAan;
        instellingen.HandtekeningDagen = HandtekeningDagen ?? HerinneringInstellingen.StandaardDagen;
        instellingen.UrenOverzichtAan = UrenOverzichtAan;
        instellingen.HerbeoordelingAan = HerbeoordelingAan;
        instellingen.ErkenningAan = ErkenningAan;
        instellingen.SamenwerkingAan = SamenwerkingAan;
        instellingen.PrognoseAan = PrognoseAan;
    }
}
