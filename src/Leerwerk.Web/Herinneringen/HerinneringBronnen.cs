using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Leerwerk.Data;
using Leerwerk.Data.Herinneringen;
using Leerwerk.Data.Identity;
using Leerwerk.Data.Mail;
using Leerwerk.Data.Queries;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Rules;
using Leerwerk.Domain.Scholen;
using Leerwerk.Domain.StageUren;
using Leerwerk.Web.Bevindingen;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Ondertekenen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Herinneringen;

/// <summary>
/// Which reminders are due in one school today, each with its key and its messages: missing signatures, the weekly
/// approval list per praktijkbegeleider, the SBB reassessment due within three months (with F1's own due date,
/// <see cref="ErkenningGeldigheid.AssessmentDueOn"/>), and the findings F1, F2, A3, B2 and E1 of the worklist's own
/// evaluation (<see cref="SchoolBevindingen.EvaluateSchoolAsync"/>; nothing of a rule is computed here).
/// </summary>
public sealed class HerinneringBronnen(PublicLinks links, Tekenlinks tekenlinks, TimeProvider clock)
{
    /// <summary>How many months before its due date the coordinator hears of an SBB reassessment (issue 16).</summary>
    public const int HerbeoordelingVooraf = 3;

    /// <summary>The reminders due on <paramref name="today"/> in the school of <paramref name="db"/>, also those sent before.</summary>
    public async Task<IReadOnlyList<Herinnering>> DueAsync(LeerwerkDbContext db, School school, HerinneringInstellingen instellingen, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(instellingen);
        var result = new List<Herinnering>();
        if (instellingen.HandtekeningAan)
        {
            result.AddRange(await HandtekeningenAsync(db, school, instellingen.HandtekeningDagen, today, ct));
        }

        if (instellingen.UrenOverzichtAan)
        {
            result.AddRange(await UrenOverzichtenAsync(db, school, today, ct));
        }

        if (instellingen.HerbeoordelingAan)
        {
            result.AddRange(await HerbeoordelingenBinnenkortAsync(db, school, today, ct));
        }

        if (instellingen.HerbeoordelingAan || instellingen.ErkenningAan || instellingen.SamenwerkingAan || instellingen.PrognoseAan)
        {
            result.AddRange(await BevindingenAsync(db, school, today, ct));
        }

        return result;
    }

    /// <summary>Which reminder a finding of the worklist gives, or null for a rule that has none.</summary>
    public static HerinneringSoort? SoortVan(string ruleId) => ruleId switch
    {
        "F1" => HerinneringSoort.Herbeoordeling,
        "F2" => HerinneringSoort.ErkenningVervalt,
        "A3" => HerinneringSoort.SamenwerkingEindigt,
        "B2" or "E1" => HerinneringSoort.Prognose,
        _ => null,
    };

    /// <summary>The ISO week of a day, e.g. <c>2026-W50</c>: the occasion of the weekly approval list.</summary>
    public static string Week(DateOnly day) =>
        string.Create(CultureInfo.InvariantCulture, $"{ISOWeek.GetYear(day.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(day.ToDateTime(TimeOnly.MinValue)):00}");

    private async Task<IEnumerable<Herinnering>> HandtekeningenAsync(LeerwerkDbContext db, School school, int dagen, DateOnly today, CancellationToken ct)
    {
        var agreements = await db.Leerwerkovereenkomsten.AsNoTracking()
            .Where(o => o.Status == LeerwerkovereenkomstStatus.TerOndertekening)
            .Include(o => o.Leerling)
            .Include(o => o.Leerbedrijf)
            .Include(o => o.Ondertekeningen)
            .Include(o => o.StatusGeschiedenis)
            .AsSplitQuery()
            .OrderBy(o => o.Id)
            .ToListAsync(ct);
        var result = new List<Herinnering>();
        foreach (var agreement in agreements)
        {
            // The day it was last put ter ondertekening: a new round (after a change of content) is a new occasion.
            var since = agreement.StatusGeschiedenis.Where(w => w.To == LeerwerkovereenkomstStatus.TerOndertekening)
                .Select(w => (DateTime?)w.ChangedAt).Max();
            if (since is null)
            {
                continue;
            }

            var sinceDay = DateOnly.FromDateTime(since.Value);
            if (today.DayNumber - sinceDay.DayNumber < dagen)
            {
                continue;
            }

            var missing = Ondertekenaars.MissingParties(agreement, agreement.Leerling!);
            result.Add(new Herinnering(HerinneringSoort.HandtekeningOntbreekt, $"overeenkomst:{agreement.Id}", Iso(sinceDay),
                async (context, token) =>
                {
                    // The parties themselves first: whoever has not signed and has an address gets a new link, so the
                    // coordinator need not chase anyone by hand; the coordinator's mail says who was reminded.
                    var reminders = await Tekenlinks.LoadAsync(context, agreement.Id, token) is { } tracked
                        ? await tekenlinks.RemindAsync(context, tracked, sinceDay, clock.GetUtcNow().UtcDateTime, token)
                        : [];
                    var reminded = reminders.Select(m => m.ToName ?? m.ToAddress).ToList();
                    return (await CoordinatorsAsync(context, school.Id, token))
                        .Select(c => HerinneringMails.Handtekening(school, c, agreement, sinceDay, today, missing, reminded, links.To($"/Overeenkomsten/Leerwerk/{agreement.Id}#ondertekening")))
                        .Concat(reminders)
                        .ToList();
                }));
        }

        return result;
    }

    private async Task<IEnumerable<Herinnering>> UrenOverzichtenAsync(LeerwerkDbContext db, School school, DateOnly today, CancellationToken ct)
    {
        var waiting = (await db.StageUren.AsNoTracking()
                .Where(r => r.Status == UrenStatus.Ingevoerd)
                .Select(r => new { r.LeerwerkovereenkomstId, r.Date })
                .ToListAsync(ct))
            .GroupBy(r => r.LeerwerkovereenkomstId)
            .ToDictionary(g => g.Key, g => (Dagen: g.Select(r => r.Date).Distinct().Count(), Oudste: g.Min(r => r.Date)));
        if (waiting.Count == 0)
        {
            return [];
        }

        var ids = waiting.Keys.ToList();
        var agreements = await db.Leerwerkovereenkomsten.AsNoTracking()
            .Where(o => ids.Contains(o.Id) && o.PraktijkbegeleiderId != null)
            .Include(o => o.Praktijkbegeleider)
            .ToListAsync(ct);
        var week = Week(today);
        return agreements
            // A link the coordinator revoked stays revoked, and an expired agreement gets no new one.
            .Where(o => o.Praktijkbegeleider!.Email is { Length: > 0 }
                && Goedkeuringslink.CurrentState(o, today) is not (GoedkeuringslinkState.Ingetrokken or GoedkeuringslinkState.Verlopen)
                && today <= Goedkeuringslink.ValidUntil(o))
            .GroupBy(o => o.PraktijkbegeleiderId!.Value)
            .Select(g => new Herinnering(HerinneringSoort.UrenOverzicht, $"praktijkbegeleider:{g.Key}", week,
                (context, token) => UrenOverzichtAsync(context, school, [.. g.Select(o => o.Id)], waiting, today, token)))
            .ToList();
    }

    // Tracked: a new approval link per agreement replaces the old one and is saved with the message that carries it.
    private async Task<IReadOnlyList<MailContent>> UrenOverzichtAsync(LeerwerkDbContext db, School school, List<int> agreementIds,
        Dictionary<int, (int Dagen, DateOnly Oudste)> waiting, DateOnly today, CancellationToken ct)
    {
        var agreements = await db.Leerwerkovereenkomsten
            .Where(o => agreementIds.Contains(o.Id))
            .Include(o => o.Leerling)
            .Include(o => o.Leerbedrijf)
            .Include(o => o.Praktijkbegeleider)
            .OrderBy(o => o.StartDate).ThenBy(o => o.Id)
            .ToListAsync(ct);
        if (agreements.Count == 0)
        {
            return [];
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var regels = agreements
            .Select(o => new HerinneringMails.WachtendeUren(o, waiting[o.Id].Dagen, waiting[o.Id].Oudste, links.Goedkeuren(Goedkeuringslink.Issue(o, now))))
            .ToList();
        return [HerinneringMails.UrenOverzicht(school, agreements[0].Praktijkbegeleider!, regels, today)];
    }

    // Before F1 fires: an erkenning whose assessment is due today or within three months. The subject is F1's (the
    // company), the occasion the erkenning and its due date, so a new assessment (a new due date) is a new occasion.
    private async Task<IEnumerable<Herinnering>> HerbeoordelingenBinnenkortAsync(LeerwerkDbContext db, School school, DateOnly today, CancellationToken ct)
    {
        var bedrijven = await db.Leerbedrijven.AsNoTracking()
            .Include(b => b.Erkenningen)
            .OrderBy(b => b.Id)
            .ToListAsync(ct);
        await db.FillStageperiodenAsync(bedrijven, ct);
        var citation = RuleCatalog.Get("F1", today).Citation;
        var horizon = today.AddMonths(HerbeoordelingVooraf);
        var result = new List<Herinnering>();
        foreach (var bedrijf in bedrijven)
        {
            foreach (var erkenning in bedrijf.Erkenningen.OrderBy(e => e.Id))
            {
                if (ErkenningGeldigheid.AssessmentDueOn(erkenning, bedrijf.LwtStageperioden, today) is not { } due
                    || due < today || due > horizon)
                {
                    continue;
                }

                var link = links.To(HerstelLinks.ForLeerbedrijf("F1", bedrijf.Id));
                result.Add(new Herinnering(HerinneringSoort.Herbeoordeling, $"leerbedrijf:{bedrijf.Id}:f1", $"binnenkort:{erkenning.Id}:{Iso(due)}",
                    async (context, token) => (await CoordinatorsAsync(context, school.Id, token))
                        .Select(c => HerinneringMails.HerbeoordelingBinnenkort(school, c, bedrijf, erkenning, due, citation, link))
                        .ToList()));
            }
        }

        return result;
    }

    private async Task<IEnumerable<Herinnering>> BevindingenAsync(LeerwerkDbContext db, School school, DateOnly today, CancellationToken ct)
    {
        var schooljaar = Schoolkalender.SchooljaarVan(today).ToString(CultureInfo.InvariantCulture);
        var result = new List<Herinnering>();
        foreach (var bevinding in await SchoolBevindingen.EvaluateSchoolAsync(db, results: null, today, ct))
        {
            if (SoortVan(bevinding.Finding.RuleId) is not { } soort
                // F1 and F2 are about a company: its own finding is the occasion, not the copy in each placed student's dossier.
                || (soort is HerinneringSoort.Herbeoordeling or HerinneringSoort.ErkenningVervalt && bevinding.Soort != OnderwerpSoort.Leerbedrijf))
            {
                continue;
            }

            var onderwerp = $"{bevinding.Soort}:{bevinding.OnderwerpId}:{bevinding.Finding.RuleId}".ToLowerInvariant();
            // A forecast is reminded once per school year and severity (a warning, later an error); F1, F2 and A3 once
            // per finding text, which names the due date, so a new date is a new occasion.
            var aanleiding = soort == HerinneringSoort.Prognose
                ? $"{bevinding.Finding.Severity}:{schooljaar}"
                : $"{bevinding.Finding.Severity}:{Hash(bevinding.Finding.Message)}";
            var link = links.To(bevinding.Herstel);
            result.Add(new Herinnering(soort, onderwerp, aanleiding,
                async (context, token) => (await CoordinatorsAsync(context, school.Id, token))
                    .Select(c => HerinneringMails.Bevinding(school, c, soort, bevinding, link))
                    .ToList()));
        }

        return result;
    }

    /// <summary>The coordinators of the school with an e-mail address; without any, its beheerders.</summary>
    private static async Task<IReadOnlyList<HerinneringMails.Ontvanger>> CoordinatorsAsync(LeerwerkDbContext db, int schoolId, CancellationToken ct)
    {
        foreach (var role in new[] { Roles.Coordinator, Roles.Beheerder })
        {
            var users = await (
                    from us in db.UserSchools
                    where us.SchoolId == schoolId
                    join ur in db.UserRoles on us.UserId equals ur.UserId
                    join r in db.Roles on ur.RoleId equals r.Id
                    where r.Name == role
                    join u in db.Users on us.UserId equals u.Id
                    where u.Email != null && u.Email != ""
                    orderby u.Email
                    select new { u.Email, u.DisplayName })
                .Distinct()
                .ToListAsync(ct);
            if (users.Count > 0)
            {
                return [.. users.Select(u => new HerinneringMails.Ontvanger(u.Email!, string.IsNullOrWhiteSpace(u.DisplayName) ? null : u.DisplayName))];
            }
        }

        return [];
    }

    private static string Iso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
}
