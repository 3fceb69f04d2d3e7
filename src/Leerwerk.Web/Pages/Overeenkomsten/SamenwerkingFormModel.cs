using System.ComponentModel.DataAnnotations;
using Leerwerk.Data;
using Leerwerk.Domain;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Infrastructure.Tekst;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Overeenkomsten;

/// <summary>What SamenwerkingNieuw and SamenwerkingBewerken share: the form, its checks and how it fills the agreement.</summary>
[Authorize(Policy = Policies.Editors)]
public abstract class SamenwerkingFormModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    public const string EndBeforeStartMessage = "De einddatum kan niet vóór de begindatum liggen.";

    protected LeerwerkDbContext Db { get; } = db;

    protected DateTime UtcNow() => clock.GetUtcNow().UtcDateTime;

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
        RecordHistory(agreement);
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

    /// <summary>Adds a history entry for a new agreement, a notice given or withdrawn, and an end recorded or lifted.</summary>
    private void RecordHistory(Samenwerkingsovereenkomst agreement)
    {
        var events = new List<(string Text, DateOnly On)>();
        if (agreement.Id == 0)
        {
            events.Add(("Aangegaan", Input.StartDate!.Value));
        }

        if (Input.NoticeGivenOn != agreement.NoticeGivenOn)
        {
            events.Add(Input.NoticeGivenOn is { } notice
                ? ($"Opgezegd; van kracht tot en met {Nl.Date(notice.AddMonths(Samenwerkingsovereenkomst.NoticeMonths).AddDays(-1))}", notice)
                : ("Opzegging ingetrokken", agreement.NoticeGivenOn!.Value));
        }

        if (Input.EndedOn != agreement.EndedOn || (Input.EndedOn is not null && Blank(Input.EndReason) != agreement.EndReason))
        {
            events.Add(Input.EndedOn is { } ended
                ? ($"Beëindigd: {Blank(Input.EndReason)}", ended)
                : ("Beëindiging ongedaan gemaakt", agreement.EndedOn!.Value));
        }

        agreement.Geschiedenis.AddRange(events.Select(e => new SamenwerkingWijziging
        {
            SchoolId = agreement.SchoolId,
            Description = e.Text,
            EffectiveOn = e.On,
            ChangedBy = User.Identity?.Name ?? "onbekend",
            ChangedAt = clock.GetUtcNow().UtcDateTime,
        }));
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [Kolom(typeof(Leerwerk.Domain.Overeenkomsten.Samenwerkingsovereenkomst))]

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

        [StringLength(Tekstlengte.Standaard)]
        [Display(Name = "Reden van beëindiging")]
        public string? EndReason { get; set; }

        [Display(Name = "Regelt een doorlopende leerweg tot en met de basisberoepsopleiding")]
        public bool CoversDoorlopendeLeerweg { get; set; }

        [StringLength(Tekstlengte.Notitie)]
        [Display(Name = "Toelatingscommissie")]
        [MeerdereRegels]
        public string? Toelatingscommissie { get; set; }

        [StringLength(Tekstlengte.Notitie)]
        [Display(Name = "Onderwerpen van samenwerking")]
        [MeerdereRegels]
        public string? OnderwerpenSamenwerking { get; set; }
    }
}
