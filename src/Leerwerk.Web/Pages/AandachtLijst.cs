using Leerwerk.Data;
using Leerwerk.Data.Queries;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Overeenkomsten.Rules;
using Leerwerk.Domain.Rules;
using Leerwerk.Web.Bevindingen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages;

/// <summary>
/// The dashboard's "Aandacht nodig": agreements waiting for signatures, placements starting within two weeks without a
/// complete agreement, the open findings about leerbedrijven (F1–F3, from the worklist's evaluation, so the dashboard and
/// the worklist say the same), erkenningen whose assessment or lapse is still ahead within six months, and
/// samenwerkingsovereenkomsten under notice or ending within six months. The school filter of the context scopes it to
/// the user's school. Agreements of students who left the school are no longer listed.
/// </summary>
public static class AandachtLijst
{
    public const int StartWithinDays = 14;

    public const int AheadMonths = 6;

    /// <param name="db">The user's context.</param>
    /// <param name="today">The date the list is for.</param>
    /// <param name="bevindingen">The user's worklist (<see cref="SchoolBevindingen.EvaluateAsync(LeerwerkDbContext, Infrastructure.VersionedResults, System.Security.Claims.ClaimsPrincipal, DateOnly, CancellationToken)"/>) on <paramref name="today"/>.</param>
    /// <param name="ct">Cancellation.</param>
    public static async Task<IReadOnlyList<AttentionItem>> LoadAsync(LeerwerkDbContext db, DateOnly today, IReadOnlyList<Bevinding> bevindingen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(bevindingen);
        var items = new List<AttentionItem>();
        items.AddRange(await LeerwerkovereenkomstenAsync(db, today, ct));
        items.AddRange(bevindingen
            .Where(b => b.Soort == OnderwerpSoort.Leerbedrijf)
            .Select(b => new AttentionItem("erkenning", b.Finding.Message, b.Herstel)));
        items.AddRange(await ErkenningenAsync(db, today, ct));
        items.AddRange(await SamenwerkingAsync(db, today, ct));
        return items;
    }

    private static async Task<IEnumerable<AttentionItem>> LeerwerkovereenkomstenAsync(LeerwerkDbContext db, DateOnly today, CancellationToken ct)
    {
        // The agreement of a student who left the school waits for nobody.
        var opSchool = db.Leerlingen.OpSchoolOp(today).Select(l => l.Id);
        var open = await db.Leerwerkovereenkomsten.AsNoTracking()
            .Include(o => o.Leerling)
            .Include(o => o.Leerbedrijf)
            .Include(o => o.Ondertekeningen)
            .AsSplitQuery()
            .Where(o => o.Status == LeerwerkovereenkomstStatus.Concept || o.Status == LeerwerkovereenkomstStatus.TerOndertekening
                || o.Status == LeerwerkovereenkomstStatus.Getekend)
            .Where(o => opSchool.Contains(o.LeerlingId))
            .OrderBy(o => o.StartDate).ThenBy(o => o.Id)
            .ToListAsync(ct);
        var items = new List<AttentionItem>();
        foreach (var o in open)
        {
            var who = $"{o.Leerling!.FullName} bij {o.Leerbedrijf!.Name}";
            var href = $"/Overeenkomsten/Leerwerk/{o.Id}";
            var missing = Ondertekenaars.MissingParties(o, o.Leerling);
            var startsSoon = o.StartDate >= today && o.StartDate <= today.AddDays(StartWithinDays);
            if (startsSoon && (o.Status != LeerwerkovereenkomstStatus.Getekend || missing.Count > 0))
            {
                items.Add(new AttentionItem("start", $"De stage van {who} begint op {Nl.Date(o.StartDate)}, maar de leer-werkovereenkomst is nog niet compleet ({o.Status switch
                {
                    LeerwerkovereenkomstStatus.Concept => "concept",
                    _ => "nog niet door alle partijen getekend",
                }}).", href));
            }
            else if (o.Status == LeerwerkovereenkomstStatus.TerOndertekening)
            {
                items.Add(new AttentionItem("handtekening", $"Leer-werkovereenkomst van {who} wacht op de handtekening van {string.Join(" en ", missing.Select(Ondertekenaars.PartyName))} (start {Nl.Date(o.StartDate)}).", href));
            }
        }

        return items;
    }

    private static async Task<IEnumerable<AttentionItem>> ErkenningenAsync(LeerwerkDbContext db, DateOnly today, CancellationToken ct)
    {
        var companies = await db.Leerbedrijven.AsNoTracking().Include(b => b.Erkenningen).OrderBy(b => b.Name).ToListAsync(ct);
        await db.FillStageperiodenAsync(companies, ct);
        var horizon = today.AddMonths(AheadMonths);
        var items = new List<AttentionItem>();
        foreach (var bedrijf in companies)
        {
            foreach (var e in bedrijf.Erkenningen.Where(e => e.IsLwt && !ErkenningGeldigheid.IsWithdrawnOn(e, today)).OrderBy(e => e.ProfielCode))
            {
                var profiel = Domain.Profielen.Profielen.Find(e.ProfielCode)?.Name ?? e.ProfielCode;
                var href = $"/Leerbedrijven/Details/{bedrijf.Id}#erkenningen";
                var lapse = ErkenningGeldigheid.LapsesOn(e, bedrijf.LwtStageperioden);
                // A lapse or assessment already past is a finding (F2, F1) and listed from the worklist above.
                if (lapse <= today || ErkenningGeldigheid.IsAssessmentOverdueOn(e, today))
                {
                    continue;
                }

                if (lapse <= horizon)
                {
                    items.Add(new AttentionItem("erkenning", $"De erkenning van {bedrijf.Name} ({profiel}) vervalt op {Nl.Date(lapse)} als er geen leerling in een leer-werktraject begint.", href));
                }
                else if (e.NextAssessmentDue <= horizon)
                {
                    items.Add(new AttentionItem("erkenning", $"De herbeoordeling door SBB van {bedrijf.Name} ({profiel}) is uiterlijk {Nl.Date(e.NextAssessmentDue)} nodig.", href));
                }
            }
        }

        return items;
    }

    private static async Task<IEnumerable<AttentionItem>> SamenwerkingAsync(LeerwerkDbContext db, DateOnly today, CancellationToken ct)
    {
        var agreements = await db.Samenwerkingsovereenkomsten.AsNoTracking().Include(s => s.MboInstelling).OrderBy(s => s.StartDate).ToListAsync(ct);
        return agreements
            .Where(s => SamenwerkingEindigt.EndsSoon(s, today))
            .Select(s => new AttentionItem("samenwerking",
                $"De samenwerkingsovereenkomst met {s.MboInstelling!.Name}{(s.NoticeGivenOn is { } notice && notice <= today ? $" is op {Nl.Date(notice)} opgezegd en" : "")} loopt af op {Nl.Date(s.LastDay!.Value)}.",
                $"/Overeenkomsten/Samenwerking/{s.Id}"))
            .ToList();
    }
}

/// <summary>One line of the attention list: its kind (for the page's grouping and tests), the Dutch text and the record's page.</summary>
public sealed record AttentionItem(string Kind, string Text, string Href);
