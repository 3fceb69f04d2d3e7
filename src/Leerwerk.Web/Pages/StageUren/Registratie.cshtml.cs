using Leerwerk.Data;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Infrastructure.Tekst;
using Leerwerk.Web.StageUren;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.StageUren;

/// <summary>
/// One student's stage-hour ledger: every entry per day and agreement with who entered it and when,
/// its state and who reviewed it. Changing hours adds a correction (history stays); rejecting needs a reason.
/// </summary>
[Authorize(Policy = Policies.SchoolStaff)]
public sealed class RegistratieModel(LeerwerkDbContext db, IAuthorizationService authorization, TimeProvider clock) : PageModel
{
    public Leerling Leerling { get; private set; } = null!;

    public IReadOnlyList<Leerwerkovereenkomst> Leerwerkovereenkomsten { get; private set; } = [];

    public IReadOnlyList<StageUrenRegel> Entries { get; private set; } = [];

    /// <summary>The current entry chosen to correct or reject (?regel=).</summary>
    public StageUrenRegel? Selected { get; private set; }

    public bool CanEdit { get; private set; }

    public decimal ApprovedHours { get; private set; }

    public int ApprovedDays { get; private set; }

    public decimal OpenHours { get; private set; }

    public decimal RejectedHours { get; private set; }

    [BindProperty]
    public InvoerInput Invoer { get; set; } = new();

    [BindProperty]
    public AfkeurInput Afkeur { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, int? regel, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        Selected = regel is null ? null : Entries.FirstOrDefault(e => e.Id == regel && UrenBoek.IsCurrent(e));
        if (Selected is not null)
        {
            Invoer = new InvoerInput { LeerwerkovereenkomstId = Selected.LeerwerkovereenkomstId, Datum = Selected.Date, Uren = Nl.Number(Selected.Hours) };
            Afkeur = new AfkeurInput { RegelId = Selected.Id };
        }
        else
        {
            Invoer = new InvoerInput { LeerwerkovereenkomstId = Leerwerkovereenkomsten.Count > 0 ? Leerwerkovereenkomsten[0].Id : null, Datum = Today() };
        }

        return Page();
    }

    public async Task<IActionResult> OnPostOpslaanAsync(int id, CancellationToken ct)
    {
        if (!await MayEnterHoursAsync())
        {
            return Forbid();
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var agreement = Leerwerkovereenkomsten.FirstOrDefault(a => a.Id == Invoer.LeerwerkovereenkomstId);
        if (agreement is null)
        {
            ModelState.AddModelError("Invoer.LeerwerkovereenkomstId", "Kies de leer-werkovereenkomst waar de uren bij horen.");
        }

        if (Invoer.Datum is null)
        {
            ModelState.AddModelError("Invoer.Datum", "Vul de datum in.");
        }

        var where = Invoer.Datum is { } day ? "Uren op " + UrenInvoer.Day(day) : "Uren";
        if (UrenInvoer.TryParse(Invoer.Uren, where, out var hours) is { } hoursError)
        {
            ModelState.AddModelError("Invoer.Uren", hoursError);
        }

        if (Invoer.Datum is { } entered && UrenInvoer.CheckNotAfterToday(entered, Today()) is { } futureError)
        {
            ModelState.AddModelError("Invoer.Datum", $"Datum: {futureError}");
        }
        else if (agreement is not null && Invoer.Datum is { } date && UrenInvoer.CheckDate(date, agreement, "Datum") is { } dateError)
        {
            ModelState.AddModelError("Invoer.Datum", dateError);
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await UrenOpslag.SaveAsync(db,
            [new UrenWijziging(Leerling.SchoolId, Leerling.Id, agreement!.Id, Invoer.Datum!.Value, hours, Invoer.Toelichting)],
            User.Identity!.Name!, clock.GetUtcNow().UtcDateTime, ct);
        TempData["Status"] = result switch
        {
            { Corrected: > 0 } => $"De uren van {UrenInvoer.Day(Invoer.Datum.Value)} zijn gecorrigeerd naar {Nl.Number(hours)}; de oude regel blijft zichtbaar als gecorrigeerd.",
            { Entered: > 0 } => $"{Nl.Number(hours)} uur op {UrenInvoer.Day(Invoer.Datum.Value)} is ingevoerd.",
            _ => $"Er veranderde niets: op {UrenInvoer.Day(Invoer.Datum.Value)} stond al {Nl.Number(hours)} uur.",
        };
        return RedirectToPage(null, null, new { id }, "regels");
    }

    public async Task<IActionResult> OnPostAfkeurenAsync(int id, CancellationToken ct)
    {
        if (!await MayEnterHoursAsync())
        {
            return Forbid();
        }

        if (!await LoadAsync(id, ct))
        {
            return NotFound();
        }

        if (!CanEdit)
        {
            return Forbid();
        }

        var entry = await db.StageUren.FirstOrDefaultAsync(r => r.Id == Afkeur.RegelId && r.LeerlingId == id, ct);
        if (entry is null || !UrenBoek.IsCurrent(entry) || entry.Status == UrenStatus.Afgekeurd)
        {
            ModelState.AddModelError("Afkeur.RegelId", "Deze regel kan niet (meer) worden afgekeurd: hij is gecorrigeerd of al afgekeurd. Laad de pagina opnieuw.");
        }

        if (string.IsNullOrWhiteSpace(Afkeur.Reden))
        {
            ModelState.AddModelError("Afkeur.Reden", "Vul de reden van afkeuren in; die ziet de leerling en de praktijkbegeleider terug.");
        }

        if (!ModelState.IsValid)
        {
            Selected = entry;
            return Page();
        }

        UrenBoek.Reject(entry!, Afkeur.Reden!, User.Identity!.Name!, clock.GetUtcNow().UtcDateTime);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"De uren van {UrenInvoer.Day(entry!.Date)} zijn afgekeurd en tellen niet mee.";
        return RedirectToPage(null, null, new { id }, "regels");
    }

    public Leerwerkovereenkomst? LeerwerkovereenkomstOf(StageUrenRegel entry) => Leerwerkovereenkomsten.FirstOrDefault(a => a.Id == entry.LeerwerkovereenkomstId);

    private async Task<bool> LoadAsync(int id, CancellationToken ct)
    {
        var student = await db.Leerlingen.AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, ct);
        if (student is null)
        {
            return false;
        }

        Leerling = student;
        Leerwerkovereenkomsten = await db.Leerwerkovereenkomsten.AsNoTracking().Include(o => o.Leerbedrijf)
            .Where(o => o.LeerlingId == id).OrderByDescending(o => o.StartDate).ThenBy(o => o.Id).ToListAsync(ct);
        Entries = await db.StageUren.AsNoTracking().Where(r => r.LeerlingId == id)
            .OrderByDescending(r => r.Date).ThenBy(r => r.Id).ToListAsync(ct);
        var approved = Entries.Where(e => e.Status == UrenStatus.Goedgekeurd).ToList();
        ApprovedHours = approved.Sum(e => e.Hours);
        ApprovedDays = approved.Where(e => e.Hours > 0).Select(e => e.Date).Distinct().Count();
        OpenHours = Entries.Where(e => e.Status == UrenStatus.Ingevoerd).Sum(e => e.Hours);
        RejectedHours = Entries.Where(e => e.Status == UrenStatus.Afgekeurd).Sum(e => e.Hours);
        CanEdit = (await authorization.AuthorizeAsync(User, Policies.HoursEntry)).Succeeded;
        return true;
    }

    private DateOnly Today() => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    // Checked before the registration is read, so a reader learns nothing from the answer, not even whether the id exists.
    private async Task<bool> MayEnterHoursAsync() => (await authorization.AuthorizeAsync(User, Policies.HoursEntry)).Succeeded;

    public static string StatusLabel(UrenStatus status) => status switch
    {
        UrenStatus.Ingevoerd => "ingevoerd",
        UrenStatus.Goedgekeurd => "goedgekeurd",
        UrenStatus.Gecorrigeerd => "gecorrigeerd",
        UrenStatus.Afgekeurd => "afgekeurd",
        _ => status.ToString(),
    };

    public static string Moment(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), DutchTime).ToString("d MMMM yyyy HH:mm", Nl.Culture);

    private static readonly TimeZoneInfo DutchTime = TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam");

    public sealed class InvoerInput
    {
        public int? LeerwerkovereenkomstId { get; set; }

        public DateOnly? Datum { get; set; }

        public string? Uren { get; set; }

        [Kolom(typeof(Leerwerk.Domain.StageUren.StageUrenRegel), nameof(Leerwerk.Domain.StageUren.StageUrenRegel.Note))]

        public string? Toelichting { get; set; }
    }

    public sealed class AfkeurInput
    {
        public int RegelId { get; set; }

        public string? Reden { get; set; }
    }
}
