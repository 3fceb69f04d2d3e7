using System.ComponentModel.DataAnnotations;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerlingen.Intakes;
using Leerwerk.Web.Infrastructure.Tekst;

namespace Leerwerk.Web.Pages.Leerlingen.Intake;

/// <summary>The intake form: dates as typed text (see <see cref="DutchDate"/>), the letter, the decision.</summary>
[Kolom(typeof(Leerwerk.Domain.Leerlingen.Intakes.Intake))]
public sealed class IntakeInput
{
    [Display(Name = "Datum signalering")]
    public string? SignaleringDate { get; set; }

    [StringLength(Tekstlengte.Naam)]
    [Display(Name = "Gesignaleerd door")]
    public string? SignaleringDoor { get; set; }

    [Display(Name = "Datum aanmelding")]
    public string? AanmeldingDate { get; set; }

    [Display(Name = "Kandidaatstellingsbrief ondertekend door leerling en ouders")]
    public bool BriefOndertekend { get; set; }

    [Display(Name = "Datum voorlichting")]
    public string? VoorlichtingDate { get; set; }

    [Display(Name = "Datum intakegesprek")]
    public string? IntakegesprekDate { get; set; }

    [StringLength(Tekstlengte.Notitie)]
    [Display(Name = "Aantekeningen intakegesprek")]
    [MeerdereRegels]
    public string? IntakegesprekNotes { get; set; }

    [Display(Name = "Datum gesprek met de mentor")]
    public string? MentorgesprekDate { get; set; }

    [Display(Name = "Datum besluit")]
    public string? BesluitDate { get; set; }

    [Display(Name = "Besluit")]
    public IntakeBesluit? Besluit { get; set; }

    [Display(Name = "Alternatief")]
    public IntakeAlternatief? Alternatief { get; set; }

    [StringLength(Tekstlengte.Toelichting)]
    [Display(Name = "Reden")]
    [MeerdereRegels]
    public string? BesluitReden { get; set; }

    public static IntakeInput From(Domain.Leerlingen.Intakes.Intake? intake) => intake is null ? new() : new()
    {
        SignaleringDate = DutchDate.Input(intake.SignaleringDate),
        SignaleringDoor = intake.SignaleringDoor,
        AanmeldingDate = DutchDate.Input(intake.AanmeldingDate),
        BriefOndertekend = intake.BriefOndertekend,
        VoorlichtingDate = DutchDate.Input(intake.VoorlichtingDate),
        IntakegesprekDate = DutchDate.Input(intake.IntakegesprekDate),
        IntakegesprekNotes = intake.IntakegesprekNotes,
        MentorgesprekDate = DutchDate.Input(intake.MentorgesprekDate),
        BesluitDate = DutchDate.Input(intake.BesluitDate),
        Besluit = intake.Besluit,
        Alternatief = intake.Alternatief,
        BesluitReden = intake.BesluitReden,
    };
}
