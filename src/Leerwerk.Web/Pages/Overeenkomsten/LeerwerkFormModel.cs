using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Leerwerk.Data;
using Leerwerk.Data.Queries;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren.Rules;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Infrastructure.Tekst;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Overeenkomsten;

/// <summary>What LeerwerkNieuw and LeerwerkBewerken share: the form, its choices, its checks and how it fills the agreement.</summary>
[Authorize(Policy = Policies.Editors)]
public abstract class LeerwerkFormModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    public const string RoosterMessage = "Vul per dag 0 tot 12 uur in, in kwartieren (bijvoorbeeld 7,75).";

    public const string EndNotAfterStartMessage = "De einddatum moet na de begindatum liggen.";

    public const string PraktijkbegeleiderOfOtherLeerbedrijfMessage = "Kies een praktijkbegeleider van het gekozen leerbedrijf.";

    /// <summary>The weekday fields of the rooster, in form order, with their Dutch names.</summary>
    public static readonly IReadOnlyList<(string Field, string Label)> Weekdays =
    [
        (nameof(LeerwerkInput.Monday), "Maandag"),
        (nameof(LeerwerkInput.Tuesday), "Dinsdag"),
        (nameof(LeerwerkInput.Wednesday), "Woensdag"),
        (nameof(LeerwerkInput.Thursday), "Donderdag"),
        (nameof(LeerwerkInput.Friday), "Vrijdag"),
    ];

    protected LeerwerkDbContext Db { get; } = db;

    [BindProperty]
    public LeerwerkInput Input { get; set; } = new();

    public IReadOnlyList<Leerling> Leerlingen { get; private set; } = [];

    public IReadOnlyList<Leerbedrijf> Companies { get; private set; } = [];

    public IReadOnlyList<string> Mentors { get; private set; } = [];

    /// <summary>The planned hours as typed, or as a Dutch number ("640", "7,5") when the form is first shown.</summary>
    public string PlannedHoursText => ModelState.TryGetValue("Input.PlannedHours", out var entry) && entry?.AttemptedValue is not null
        ? entry.AttemptedValue
        : Input.PlannedHours is { } hours ? Nl.Number(hours) : string.Empty;

    /// <param name="ct">Cancellation.</param>
    /// <param name="leerlingVanOvereenkomst">When editing: the agreement's own student, who stays a choice after leaving.</param>
    protected async Task LoadChoicesAsync(CancellationToken ct, int? leerlingVanOvereenkomst = null)
    {
        // A student who left the school is no one to place with a company.
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var students = await Db.Leerlingen.AsNoTracking().OpSchoolOp(today).ToListAsync(ct);
        if (leerlingVanOvereenkomst is { } id && students.All(l => l.Id != id)
            && await Db.Leerlingen.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct) is { } eigen)
        {
            students.Add(eigen);
        }

        Leerlingen = students
            .OrderBy(l => l.LastName, StringComparer.Create(Nl.Culture, ignoreCase: true))
            .ThenBy(l => l.FirstName, StringComparer.Create(Nl.Culture, ignoreCase: true))
            .ToList();
        Companies = await Db.Leerbedrijven.AsNoTracking().Include(b => b.Praktijkbegeleiders).OrderBy(b => b.Name).ToListAsync(ct);
        Mentors = Leerlingen.Select(s => s.MentorName).OfType<string>().Distinct().Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Checks what attributes cannot; returns the chosen student and company when both are valid.</summary>
    protected (Leerling? Leerling, Leerbedrijf? Leerbedrijf) Validate()
    {
        var student = Leerlingen.FirstOrDefault(s => s.Id == Input.LeerlingId);
        if (Input.LeerlingId is not null && student is null)
        {
            ModelState.AddModelError("Input.LeerlingId", "Kies een leerling van de school.");
        }

        var company = Companies.FirstOrDefault(b => b.Id == Input.LeerbedrijfId);
        if (Input.LeerbedrijfId is not null && company is null)
        {
            ModelState.AddModelError("Input.LeerbedrijfId", "Kies een leerbedrijf van de school.");
        }

        if (student is not null && company is not null && student.SchoolId != company.SchoolId)
        {
            ModelState.AddModelError("Input.LeerbedrijfId", "Kies een leerbedrijf van de school van de leerling.");
        }

        if (Input.PraktijkbegeleiderId is { } supervisorId && company is not null
            && company.Praktijkbegeleiders.All(p => p.Id != supervisorId))
        {
            ModelState.AddModelError("Input.PraktijkbegeleiderId", PraktijkbegeleiderOfOtherLeerbedrijfMessage);
        }

        // In nl-NL the dot is the thousands separator: "7.5" would silently bind as 75.
        if (Input.StartDate is { } start && Input.EndDate is { } end && end <= start)
        {
            ModelState.AddModelError("Input.EndDate", EndNotAfterStartMessage);
        }

        return (student, company);
    }

    protected void Apply(Leerwerkovereenkomst agreement, Leerling student, Leerbedrijf company)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(company);
        agreement.LeerlingId = student.Id;
        agreement.LeerbedrijfId = company.Id;
        agreement.PraktijkbegeleiderId = Input.PraktijkbegeleiderId;
        agreement.MentorName = Blank(Input.MentorName);
        agreement.Inhoud = Blank(Input.Inhoud);
        agreement.Leerdoelen = Blank(Input.Leerdoelen);
        agreement.Beoordelingsmaatstaven = Blank(Input.Beoordelingsmaatstaven);
        agreement.Begeleiding = Blank(Input.Begeleiding);
        agreement.VoortijdigeBeeindiging = Blank(Input.VoortijdigeBeeindiging);
        agreement.StartDate = Input.StartDate!.Value;
        agreement.EndDate = Input.EndDate!.Value;
        agreement.PlannedHours = Input.PlannedHours!.Value;
        agreement.Rooster.Monday = QuarterHoursAttribute.Parse(Input.Monday);
        agreement.Rooster.Tuesday = QuarterHoursAttribute.Parse(Input.Tuesday);
        agreement.Rooster.Wednesday = QuarterHoursAttribute.Parse(Input.Wednesday);
        agreement.Rooster.Thursday = QuarterHoursAttribute.Parse(Input.Thursday);
        agreement.Rooster.Friday = QuarterHoursAttribute.Parse(Input.Friday);
    }

    protected static LeerwerkInput From(Leerwerkovereenkomst agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return new LeerwerkInput
        {
            LeerlingId = agreement.LeerlingId,
            LeerbedrijfId = agreement.LeerbedrijfId,
            PraktijkbegeleiderId = agreement.PraktijkbegeleiderId,
            MentorName = agreement.MentorName,
            Inhoud = agreement.Inhoud,
            Leerdoelen = agreement.Leerdoelen,
            Beoordelingsmaatstaven = agreement.Beoordelingsmaatstaven,
            Begeleiding = agreement.Begeleiding,
            VoortijdigeBeeindiging = agreement.VoortijdigeBeeindiging,
            StartDate = agreement.StartDate,
            EndDate = agreement.EndDate,
            PlannedHours = agreement.PlannedHours,
            Monday = Nl.Number(agreement.Rooster.Monday),
            Tuesday = Nl.Number(agreement.Rooster.Tuesday),
            Wednesday = Nl.Number(agreement.Rooster.Wednesday),
            Thursday = Nl.Number(agreement.Rooster.Thursday),
            Friday = Nl.Number(agreement.Rooster.Friday),
        };
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>
    /// Hours on one weekday: empty (none) or 0 to 12 in quarter hours with a decimal comma. Kept as text so
    /// "7.3" is refused with the rooster's own message instead of being read as 73 (the dot is the Dutch thousands separator).
    /// </summary>
    [AttributeUsage(AttributeTargets.Property)]
    private sealed class QuarterHoursAttribute : ValidationAttribute
    {
        // Set as ErrorMessage, not through the base constructor, so the Dutch default message does not replace it.
        public QuarterHoursAttribute() => ErrorMessage = RoosterMessage;

        public static bool TryParse(string? text, out decimal hours)
        {
            hours = 0m;
            if (string.IsNullOrWhiteSpace(text))
            {
                return true;
            }

            return decimal.TryParse(text.Trim(), NumberStyles.AllowDecimalPoint, Nl.Culture, out hours)
                && hours is >= 0m and <= 12m
                && decimal.Remainder(hours * 4m, 1m) == 0m;
        }

        public static decimal Parse(string? text) =>
            TryParse(text, out var hours) ? hours : throw new FormatException($"'{text}' is not a valid number of hours.");

        public override bool IsValid(object? value) => TryParse(value as string, out _);
    }

    [Kolom(typeof(Leerwerk.Domain.Overeenkomsten.Leerwerkovereenkomst))]

    public sealed class LeerwerkInput
    {
        [Required(ErrorMessage = "Kies een leerling.")]
        [Display(Name = "Leerling")]
        public int? LeerlingId { get; set; }

        [Required(ErrorMessage = "Kies een leerbedrijf.")]
        [Display(Name = "Leerbedrijf")]
        public int? LeerbedrijfId { get; set; }

        [Display(Name = "Praktijkbegeleider")]
        public int? PraktijkbegeleiderId { get; set; }

        [StringLength(Tekstlengte.Naam)]
        [Display(Name = "Mentor of docentbegeleider")]
        public string? MentorName { get; set; }

        [StringLength(Tekstlengte.Notitie)]
        [Display(Name = "Inhoud van de stage")]
        [MeerdereRegels]
        public string? Inhoud { get; set; }

        [StringLength(Tekstlengte.Notitie)]
        [Display(Name = "Leerdoelen")]
        [MeerdereRegels]
        public string? Leerdoelen { get; set; }

        [StringLength(Tekstlengte.Notitie)]
        [Display(Name = "Beoordelingsmaatstaven")]
        [MeerdereRegels]
        public string? Beoordelingsmaatstaven { get; set; }

        [StringLength(Tekstlengte.Notitie)]
        [Display(Name = "Begeleiding")]
        [MeerdereRegels]
        public string? Begeleiding { get; set; }

        [StringLength(Tekstlengte.Notitie)]
        [Display(Name = "Voortijdige beëindiging")]
        [MeerdereRegels]
        public string? VoortijdigeBeeindiging { get; set; }

        [Required]
        [Display(Name = "Begindatum")]
        public DateOnly? StartDate { get; set; }

        [Required]
        [Display(Name = "Einddatum")]
        public DateOnly? EndDate { get; set; }

        [Required]
        [Range(0d, (double)MaximumStageUren.MaximumHours)]
        [Display(Name = "Geplande uren")]
        public decimal? PlannedHours { get; set; }

        [QuarterHours]
        [Display(Name = "Maandag")]
        public string? Monday { get; set; }

        [QuarterHours]
        [Display(Name = "Dinsdag")]
        public string? Tuesday { get; set; }

        [QuarterHours]
        [Display(Name = "Woensdag")]
        public string? Wednesday { get; set; }

        [QuarterHours]
        [Display(Name = "Donderdag")]
        public string? Thursday { get; set; }

        [QuarterHours]
        [Display(Name = "Vrijdag")]
        public string? Friday { get; set; }
    }
}
