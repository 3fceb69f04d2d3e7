using System.Security.Claims;
using Leerwerk.Data;
using Leerwerk.Data.Identity;
using Leerwerk.Data.Queries;
using Leerwerk.Domain.Controle;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerbedrijven.Rules;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Rules;
using Leerwerk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Bevindingen;

/// <summary>
/// The school's worklist: every open MOET and ADVIES finding of every student and leerbedrijf the user may see, from the
/// one evaluation the dossier page and the leerbedrijf page use (<see cref="DossierRules.Evaluate"/> on the dossiers of
/// <see cref="DossierQueries.LoadDossiersInBatchesAsync"/>, <see cref="LeerbedrijfRules.Evaluate"/>); no rule is computed here.
/// A finding about an agreement or a samenwerkingsovereenkomst is in the dossier of its student. The school filter of
/// the context scopes it to the user's schools; a mentor sees only the students linked to them, and no leerbedrijven.
/// </summary>
public static class SchoolBevindingen
{
    /// <summary>
    /// The open findings on <paramref name="today"/> for <paramref name="user"/>, students first (by class and name),
    /// each subject's findings in the one order of <see cref="FindingOrder"/>. MAG findings and informative findings
    /// (severity Info) are no work and are left out, and so are the warnings a coordinator marked "gezien".
    /// </summary>
    public static Task<IReadOnlyList<Bevinding>> EvaluateAsync(LeerwerkDbContext db, VersionedResults results, ClaimsPrincipal user, DateOnly today, CancellationToken ct) =>
        EvaluateAsync(db, results, user, today, metGezien: false, ct);

    /// <summary>
    /// As <see cref="EvaluateAsync(LeerwerkDbContext, VersionedResults, ClaimsPrincipal, DateOnly, CancellationToken)"/>; with
    /// <paramref name="metGezien"/> also the warnings marked "gezien" (each with its <see cref="Bevinding.Gezien"/>), which
    /// are otherwise left out: the worklist's "alles" view.
    /// </summary>
    public static async Task<IReadOnlyList<Bevinding>> EvaluateAsync(LeerwerkDbContext db, VersionedResults results, ClaimsPrincipal user, DateOnly today, bool metGezien, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (!MaySee(user))
        {
            return [];
        }

        var result = (await ZichtbareLeerlingenAsync(db, results, user, today, ct)).ToList();
        if (LeerlingToegang.IsMentorOnly(user))
        {
            return Ordered(result, metGezien);
        }

        result.AddRange(await AlleLeerbedrijvenAsync(db, results, today, ct));
        return Ordered(result, metGezien);
    }

    /// <summary>
    /// The whole school's worklist for a caller that is not a person (an API key of the school, the reminders): every
    /// student and every leerbedrijf of the context's schools, in the order of
    /// <see cref="EvaluateAsync(LeerwerkDbContext, VersionedResults, ClaimsPrincipal, DateOnly, CancellationToken)"/>,
    /// without the warnings marked "gezien", as the worklist's default view. Without <paramref name="results"/> (the
    /// reminders' nightly pass, once per school) it is computed and not kept.
    /// </summary>
    public static async Task<IReadOnlyList<Bevinding>> EvaluateSchoolAsync(LeerwerkDbContext db, VersionedResults? results, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var result = (await AlleLeerlingenAsync(db, results, today, ct)).ToList();
        result.AddRange(await AlleLeerbedrijvenAsync(db, results, today, ct));
        return Ordered(result, metGezien: false);
    }

    /// <summary>
    /// The open findings of every student <paramref name="user"/> may see, with the warnings marked "gezien" (each with its
    /// mark): the worklist's students and the student list's counts. A mentor's own students are judged per request (a
    /// handful); the whole schools' students are kept in <paramref name="results"/> while their data does not change.
    /// </summary>
    public static Task<IReadOnlyList<Bevinding>> ZichtbareLeerlingenAsync(LeerwerkDbContext db, VersionedResults results, ClaimsPrincipal user, DateOnly today, CancellationToken ct) =>
        LeerlingToegang.IsMentorOnly(user)
            ? ForLeerlingenAsync(db, db.Leerlingen.ZichtbaarVoor(db, user), today, metGezien: true, ct)
            : AlleLeerlingenAsync(db, results, today, ct);

    private static Task<IReadOnlyList<Bevinding>> AlleLeerlingenAsync(LeerwerkDbContext db, VersionedResults? results, DateOnly today, CancellationToken ct) =>
        KeptOrComputedAsync(db, results, "bevindingen-leerlingen", today, c => ForLeerlingenAsync(db, db.Leerlingen, today, metGezien: true, c), ct);

    private static Task<IReadOnlyList<Bevinding>> AlleLeerbedrijvenAsync(LeerwerkDbContext db, VersionedResults? results, DateOnly today, CancellationToken ct) =>
        KeptOrComputedAsync(db, results, "bevindingen-leerbedrijven", today, c => ForLeerbedrijvenAsync(db, db.Leerbedrijven, today, c), ct);

    // Without a VersionedResults (the reminders' pass) the judgement is computed and not kept.
    private static Task<IReadOnlyList<Bevinding>> KeptOrComputedAsync(LeerwerkDbContext db, VersionedResults? results, string kind, DateOnly today,
        Func<CancellationToken, Task<IReadOnlyList<Bevinding>>> compute, CancellationToken ct) =>
        results is null ? compute(ct) : results.GetAsync(db, kind, today, compute, ct);

    /// <summary>
    /// The open findings of the leerbedrijven of <paramref name="leerbedrijven"/> (a query on <c>db.Leerbedrijven</c>),
    /// judged by <see cref="LeerbedrijfRules.Evaluate"/> as on their page, with the warnings marked "gezien" and their marks.
    /// </summary>
    public static async Task<IReadOnlyList<Bevinding>> ForLeerbedrijvenAsync(LeerwerkDbContext db, IQueryable<Leerbedrijf> leerbedrijven, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var bedrijven = await leerbedrijven.AsNoTracking()
            .Include(b => b.Erkenningen)
            .Include(b => b.Kwaliteitseisen)
            .AsSplitQuery()
            .OrderBy(b => b.Id)
            .ToListAsync(ct);
        await db.FillStageperiodenAsync(bedrijven, ct);
        var marks = await GezienAsync(db, OnderwerpSoort.Leerbedrijf, ct);
        var result = new List<Bevinding>();
        foreach (var bedrijf in bedrijven)
        {
            result.AddRange(LeerbedrijfRules.Evaluate(bedrijf, today)
                .Where(IsOpen)
                .Select(f => new Bevinding(f, OnderwerpSoort.Leerbedrijf, bedrijf.Id, bedrijf.Name,
                    HerstelLinks.ForLeerbedrijf(f.RuleId, bedrijf.Id), null, null, [bedrijf.Id])
                {
                    Gezien = MarkOf(marks, f, bedrijf.Id),
                }));
        }

        return result;
    }

    /// <summary>
    /// The open findings of the students of <paramref name="leerlingen"/> (a query on <c>db.Leerlingen</c>): their dossiers
    /// loaded together, each judged by <see cref="DossierRules.Evaluate"/>. The student list counts with it. With
    /// <paramref name="metGezien"/> the warnings marked "gezien" are included, each with its mark.
    /// </summary>
    public static async Task<IReadOnlyList<Bevinding>> ForLeerlingenAsync(LeerwerkDbContext db, IQueryable<Leerling> leerlingen, DateOnly today, bool metGezien, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var marks = await GezienAsync(db, OnderwerpSoort.Leerling, ct);
        var result = new List<Bevinding>();
        await foreach (var batch in db.LoadDossiersInBatchesAsync(leerlingen, ct))
        {
            foreach (var dossier in batch)
            {
                var student = dossier.Leerling;
                var route = student.RouteOn(today);
                var companies = dossier.Plaatsingen.Select(p => p.LeerbedrijfId).Distinct().ToList();
                result.AddRange(DossierRules.Evaluate(dossier, today)
                    .Where(IsOpen)
                    .Select(f => new Bevinding(f, OnderwerpSoort.Leerling, student.Id, dossier.Subject,
                        HerstelLinks.ForDossier(f.RuleId, dossier), student, route, companies)
                    {
                        Gezien = MarkOf(marks, f, student.Id),
                    }));
            }
        }

        return metGezien ? result : result.Where(b => b.Gezien is null).ToList();
    }

    /// <summary>Whether the user is school staff who may see findings: not the mbo-partner.</summary>
    public static bool MaySee(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.IsInRole(Roles.Beheerder) || user.IsInRole(Roles.Coordinator) || user.IsInRole(Roles.Examensecretaris) || user.IsInRole(Roles.Mentor);
    }

    /// <summary>Work to do: a MOET or ADVIES finding that is an error or a warning.</summary>
    public static bool IsOpen(Finding finding)
    {
        ArgumentNullException.ThrowIfNull(finding);
        return finding.Kind != RuleKind.Mag && finding.Severity != Severity.Info;
    }

    /// <summary>The marks "gezien" on one kind of subject in the user's schools, by rule and subject.</summary>
    private static async Task<Dictionary<(string RuleId, int OnderwerpId), GezienBevinding>> GezienAsync(LeerwerkDbContext db, OnderwerpSoort soort, CancellationToken ct) =>
        (await db.GezienBevindingen.AsNoTracking().Where(g => g.OnderwerpSoort == soort).ToListAsync(ct))
            .ToDictionary(g => (g.RuleId, g.OnderwerpId));

    // Only a warning can be seen: a mark on a rule whose finding is (now) a MOET is ignored, so a MOET is never hidden.
    private static GezienBevinding? MarkOf(Dictionary<(string RuleId, int OnderwerpId), GezienBevinding> marks, Finding finding, int onderwerpId) =>
        finding.Kind == RuleKind.Advies && marks.TryGetValue((finding.RuleId, onderwerpId), out var mark) ? mark : null;

    private static List<Bevinding> Ordered(List<Bevinding> bevindingen, bool metGezien) =>
        bevindingen
            .Where(b => metGezien || b.Gezien is null)
            .OrderBy(b => b.Soort)
            .ThenBy(b => b.Leerling?.ClassName ?? string.Empty, StringComparer.Create(Domain.Nl.Culture, ignoreCase: true))
            .ThenBy(b => b.Leerling?.LastName ?? b.Onderwerp, StringComparer.Create(Domain.Nl.Culture, ignoreCase: true))
            .ThenBy(b => b.OnderwerpId)
            .ToList();
}
