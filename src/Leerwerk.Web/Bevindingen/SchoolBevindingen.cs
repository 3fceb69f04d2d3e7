using System.Security.Claims;
using Leerwerk.Data;
using Leerwerk.Data.Identity;
using Leerwerk.Data.Queries;
using Leerwerk.Domain.Controle;
using Leerwerk.Domain.Leerbedrijven.Rules;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Rules;
using Leerwerk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Bevindingen;

/// <summary>
/// The school's worklist: every open MOET and ADVIES finding of every student and leerbedrijf the user may see, from the
/// one evaluation the dossier page and the leerbedrijf page use (<see cref="DossierRules.Evaluate"/> on the dossiers of
/// <see cref="DossierQueries.LoadDossiersAsync"/>, <see cref="LeerbedrijfRules.Evaluate"/>); no rule is computed here.
/// A finding about an agreement or a samenwerkingsovereenkomst is in the dossier of its student. The school filter of
/// the context scopes it to the user's schools; a mentor sees only the students linked to them, and no leerbedrijven.
/// </summary>
public static class SchoolBevindingen
{
    /// <summary>
    /// The open findings on <paramref name="today"/> for <paramref name="user"/>, students first (by class and name),
    /// each subject's findings in the one order of <see cref="FindingOrder"/>. MAG findings and informative findings
    /// (severity Info) are no work and are left out.
    /// </summary>
    public static async Task<IReadOnlyList<Bevinding>> EvaluateAsync(LeerwerkDbContext db, ClaimsPrincipal user, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        if (!MaySee(user))
        {
            return [];
        }

        var result = (await ForLeerlingenAsync(db, db.Leerlingen.ZichtbaarVoor(db, user), today, ct)).ToList();
        if (LeerlingToegang.IsMentorOnly(user))
        {
            return Ordered(result);
        }

        result.AddRange(await ForLeerbedrijvenAsync(db, today, ct));
        return Ordered(result);
    }

    /// <summary>
    /// The whole school's worklist for a caller that is not a person (an API key of the school): every student and
    /// every leerbedrijf of the context's schools, in the order of <see cref="EvaluateAsync"/>.
    /// </summary>
    public static async Task<IReadOnlyList<Bevinding>> EvaluateSchoolAsync(LeerwerkDbContext db, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var result = (await ForLeerlingenAsync(db, db.Leerlingen, today, ct)).ToList();
        result.AddRange(await ForLeerbedrijvenAsync(db, today, ct));
        return Ordered(result);
    }

    /// <summary>The open findings of every leerbedrijf of the context's schools, judged by <see cref="LeerbedrijfRules.Evaluate"/>.</summary>
    private static async Task<IReadOnlyList<Bevinding>> ForLeerbedrijvenAsync(LeerwerkDbContext db, DateOnly today, CancellationToken ct)
    {
        var bedrijven = await db.Leerbedrijven.AsNoTracking()
            .Include(b => b.Erkenningen)
            .Include(b => b.Kwaliteitseisen)
            .AsSplitQuery()
            .OrderBy(b => b.Id)
            .ToListAsync(ct);
        await db.FillStageperiodenAsync(bedrijven, ct);
        var result = new List<Bevinding>();
        foreach (var bedrijf in bedrijven)
        {
            result.AddRange(LeerbedrijfRules.Evaluate(bedrijf, today)
                .Where(IsOpen)
                .Select(f => new Bevinding(f, OnderwerpSoort.Leerbedrijf, bedrijf.Id, bedrijf.Name,
                    HerstelLinks.ForLeerbedrijf(f.RuleId, bedrijf.Id), null, null, [bedrijf.Id])));
        }

        return result;
    }

    /// <summary>
    /// The open findings of the students of <paramref name="leerlingen"/> (a query on <c>db.Leerlingen</c>): their dossiers
    /// loaded together, each judged by <see cref="DossierRules.Evaluate"/>. The student list counts with it.
    /// </summary>
    public static async Task<IReadOnlyList<Bevinding>> ForLeerlingenAsync(LeerwerkDbContext db, IQueryable<Leerling> leerlingen, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var result = new List<Bevinding>();
        foreach (var dossier in await db.LoadDossiersAsync(leerlingen, ct))
        {
            var student = dossier.Leerling;
            var route = student.RouteOn(today);
            var companies = dossier.Plaatsingen.Select(p => p.LeerbedrijfId).Distinct().ToList();
            result.AddRange(DossierRules.Evaluate(dossier, today)
                .Where(IsOpen)
                .Select(f => new Bevinding(f, OnderwerpSoort.Leerling, student.Id, dossier.Subject,
                    HerstelLinks.ForDossier(f.RuleId, dossier), student, route, companies)));
        }

        return result;
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

    private static List<Bevinding> Ordered(List<Bevinding> bevindingen) =>
        bevindingen
            .OrderBy(b => b.Soort)
            .ThenBy(b => b.Leerling?.ClassName ?? string.Empty, StringComparer.Create(Domain.Nl.Culture, ignoreCase: true))
            .ThenBy(b => b.Leerling?.LastName ?? b.Onderwerp, StringComparer.Create(Domain.Nl.Culture, ignoreCase: true))
            .ThenBy(b => b.OnderwerpId)
            .ToList();
}
