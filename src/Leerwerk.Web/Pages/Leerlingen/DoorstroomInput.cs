using System.ComponentModel.DataAnnotations;
using Leerwerk.Domain;
using Leerwerk.Domain.Doorstroom;
using Leerwerk.Web.Infrastructure.Tekst;

namespace Leerwerk.Web.Pages.Leerlingen;

/// <summary>The doorstroom form: the mbo enrolment after the diploma (H1–H5).</summary>
[Kolom(typeof(Leerwerk.Domain.Doorstroom.DoorstroomRecord))]
public sealed class DoorstroomInput
{
    [Display(Name = "Datum diploma")]
    public DateOnly? DiplomaOn { get; set; }

    [Required]
    [StringLength(Tekstlengte.Naam)]
    [Display(Name = "Mbo-instelling")]
    public string? MboInstellingName { get; set; }

    [Required]
    [StringLength(Tekstlengte.Naam)]
    [Display(Name = "Opleiding")]
    public string? Opleiding { get; set; }

    [StringLength(Tekstlengte.Crebo)]
    [Display(Name = "Crebo")]
    public string? Crebo { get; set; }

    [Required]
    [Range(1, 4, ErrorMessage = "Het niveau is 1 (entree) tot en met 4.")]
    [Display(Name = "Niveau")]
    public int? Niveau { get; set; }

    [Required]
    [Display(Name = "Leerweg in het mbo")]
    public MboLeerweg? MboLeerweg { get; set; }

    [Display(Name = "Verwant aan het profiel")]
    public bool IsVerwant { get; set; }

    [Display(Name = "Startdatum")]
    public DateOnly? StartDate { get; set; }

    [Display(Name = "Startkwalificatie behaald op")]
    public DateOnly? StartkwalificatieOn { get; set; }

    [StringLength(Tekstlengte.Standaard)]
    [Display(Name = "Vrijstellingen door het mbo (H5)")]
    [MeerdereRegels]
    public string? Vrijstellingen { get; set; }

    public static DoorstroomInput From(DoorstroomRecord? record) => record is null
        ? new DoorstroomInput { Niveau = 2, MboLeerweg = Domain.Doorstroom.MboLeerweg.Bbl, IsVerwant = true }
        : new DoorstroomInput
        {
            DiplomaOn = record.DiplomaOn,
            MboInstellingName = record.MboInstellingName,
            Opleiding = record.Opleiding,
            Crebo = record.Crebo,
            Niveau = record.Niveau,
            MboLeerweg = record.MboLeerweg,
            IsVerwant = record.IsVerwant,
            StartDate = record.StartDate,
            StartkwalificatieOn = record.StartkwalificatieOn,
            Vrijstellingen = record.Vrijstellingen,
        };

    /// <summary>The crebo must be five digits when given; a startkwalificatie cannot come before the start.</summary>
    public void Validate(Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        Crebo = string.IsNullOrWhiteSpace(Crebo) ? null : Crebo.Trim();
        if (Crebo is not null && !Domain.Doorstroom.Crebo.IsValid(Crebo))
        {
            modelState.AddModelError($"Input.{nameof(Crebo)}", $"Crebo '{Crebo}' moet uit precies vijf cijfers bestaan, bijvoorbeeld 25498.");
        }

        if (StartDate is { } start && StartkwalificatieOn is { } sk && sk < start)
        {
            modelState.AddModelError($"Input.{nameof(StartkwalificatieOn)}", "De startkwalificatie kan niet vóór de startdatum van de opleiding liggen.");
        }
    }

    public void ApplyTo(DoorstroomRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        record.DiplomaOn = DiplomaOn;
        record.MboInstellingName = MboInstellingName!.Trim();
        record.Opleiding = Opleiding!.Trim();
        record.Crebo = Crebo;
        record.Niveau = Niveau!.Value;
        record.MboLeerweg = MboLeerweg!.Value;
        record.IsVerwant = IsVerwant;
        record.StartDate = StartDate;
        record.StartkwalificatieOn = StartkwalificatieOn;
        record.Vrijstellingen = string.IsNullOrWhiteSpace(Vrijstellingen) ? null : Vrijstellingen.Trim();
    }
}
