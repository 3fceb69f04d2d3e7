using System.ComponentModel.DataAnnotations;
using Leerwerk.Data;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Overeenkomsten;

/// <summary>What SamenwerkingNieuw and SamenwerkingBewerken share: the form, its checks and how it fills the agreement.</summary>
[Authorize(Policy = Policies.Editors)]
public abstract class SamenwerkingFormModel(LeerwerkDbContext db) : PageModel
{
    public const string EndBeforeStartMessage = "De einddatum kan niet vóór de begindatum liggen.";

    protected LeerwerkDbContext Db { get; } = db;

    [BindProperty]
    public SamenwerkingInput Input { get; set; } = new();

    public IReadOnlyList<MboInstelling> Partners { get; private set; } = [];

    protected async Task LoadPartnersAsync(CancellationToken ct) =>
        Partners = await Db.MboInstellingen.AsNoTracking().OrderBy(m => m.Name).ToListAsync(ct);

    /// <summary>Checks the dates and that the partner is one of the school's; returns that partner.</summary>
    protected MboInstelling? Validate()
    {
        var partner = Partners.FirstOrDefault(m => m.Id == Input.MboInstellingId);
        if (Input.MboInstellingId is not null && partner is null)
        {
            ModelState.AddModelError("Input.MboInstellingId", "Kies een mbo-partner van de school.");
        }

        if (Input.StartDate is { } start)
        {
            if (Input.EndDate < start)
            {
                ModelState.AddModelError("Input.EndDate", EndBeforeStartMessage);
            }

            if (Input.NoticeGivenOn < start)
            {
                ModelState.AddModelError("Input.NoticeGivenOn", "De opzegging kan niet vóór de begindatum liggen.");
            }

            if (Input.EndedOn < start)
            {
                ModelState.AddModelError("Input.EndedOn", "De beëindiging kan niet vóór de begindatum liggen.");
            }
        }

        if (Input.EndedOn is not null && string.IsNullOrWhiteSpace(Input.EndReason))
        {
            ModelState.AddModelError("Input.EndReason", "Vul de reden van de beëindiging in.");
        }

        return partner;
    }

    protected void Apply(Samenwerkingsovereenkomst agreement, MboInstelling partner)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(partner);
        agreement.MboInstellingId = partner.Id;
        agreement.Soort = Input.Soort;
        agreement.StartDate = Input.StartDate!.Value;
        agreement.EndDate = Input.EndDate;
        agreement.NoticeGivenOn = Input.NoticeGivenOn;
        agreement.EndedOn = Input.EndedOn;
        agreement.EndReason = Blank(Input.EndReason);
        agreement.CoversDoorlopendeLeerweg = Input.CoversDoorlopendeLeerweg;
        agreement.Toelatingscommissie = Blank(Input.Toelatingscommissie);
        agreement.OnderwerpenSamenwerking = Blank(Input.OnderwerpenSamenwerking);
    }

    protected static SamenwerkingInput From(Samenwerkingsovereenkomst agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return new SamenwerkingInput
        {
            MboInstellingId = agreement.MboInstellingId,
            Soort = agreement.Soort,
            StartDate = agreement.StartDate,
            EndDate = agreement.EndDate,
            NoticeGivenOn = agreement.NoticeGivenOn,
            EndedOn = agreement.EndedOn,
            EndReason = agreement.EndReason,
            CoversDoorlopendeLeerweg = agreement.CoversDoorlopendeLeerweg,
            Toelatingscommissie = agreement.Toelatingscommissie,
            OnderwerpenSamenwerking = agreement.OnderwerpenSamenwerking,
        };
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public sealed class SamenwerkingInput
    {
        [Required(ErrorMessage = "Kies een mbo-partner.")]
        [Display(Name = "Mbo-partner")]
        public int? MboInstellingId { get; set; }

        [Display(Name = "Soort samenwerking")]
        public SamenwerkingSoort Soort { get; set; }

        [Required]
        [Display(Name = "Begindatum")]
        public DateOnly? StartDate { get; set; }

        [Display(Name = "Einddatum")]
        public DateOnly? EndDate { get; set; }

        [Display(Name = "Opgezegd op")]
        public DateOnly? NoticeGivenOn { get; set; }

        [Display(Name = "Beëindigd per")]
        public DateOnly? EndedOn { get; set; }

        [StringLength(400)]
        [Display(Name = "Reden van beëindiging")]
        public string? EndReason { get; set; }

        [Display(Name = "Regelt een doorlopende leerweg tot en met de basisberoepsopleiding")]
        public bool CoversDoorlopendeLeerweg { get; set; }

        [StringLength(4000)]
        [Display(Name = "Toelatingscommissie")]
        public string? Toelatingscommissie { get; set; }

        [StringLength(4000)]
        [Display(Name = "Onderwerpen van samenwerking")]
        public string? OnderwerpenSamenwerking { get; set; }
    }
}
