using Leerwerk.Data;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Kalender;
using Leerwerk.Web.Pages.Examen;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Api;

/// <summary>
/// The exam results per school year. For the current school year the candidates are those of uitslagdag and the result
/// is <see cref="Cohort"/>'s (the same load and the same engine call as /Examen/Kandidaat and uitslagdag, no second
/// computation), with the latest vaststelling. An earlier school year's candidates are no longer known (the leerjaar is
/// not kept per year) and their grades may have changed: such a year lists what was vastgesteld, without a computed result.
/// </summary>
public static class UitslagenApi
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/uitslagen", LijstAsync).WithTags("Examen").RequireAuthorization(ApiPolicies.Lezen).WithName("Uitslagen")
            .WithSummary("De uitslagen van de examenkandidaten in een schooljaar (standaard het huidige), per pagina; filter op status en klas.");
        api.MapGet("/leerlingen/{id:int}/uitslag", DetailAsync).WithTags("Examen").RequireAuthorization(ApiPolicies.Lezen).WithName("LeerlingUitslag")
            .WithSummary("De uitslag van één kandidaat in een schooljaar (standaard het huidige), met de vastgestelde uitslag als die er is.");
    }

    private static async Task<Results<Ok<Pagina<UitslagModel>>, ValidationProblem>> LijstAsync(
        LeerwerkDbContext db, TimeProvider clock, CancellationToken ct,
        int? page = null, int? pageSize = null, int? schooljaar = null, UitslagStatus? status = null, string? klas = null)
    {
        if (Paging.Lees(page, pageSize, out var problem) is not { } paging)
        {
            return problem!;
        }

        var all = (await LoadAsync(db, ApiEndpoints.Vandaag(clock), schooljaar, null, ct))
            .Where(u => status is null || (u.Berekend?.Status ?? u.Vastgesteld?.Status) == status)
            .Where(u => string.IsNullOrWhiteSpace(klas) || u.Klas == klas.Trim())
            .ToList();
        return TypedResults.Ok(paging.Van(all));
    }

    private static async Task<Results<Ok<UitslagModel>, ProblemHttpResult>> DetailAsync(
        int id, LeerwerkDbContext db, TimeProvider clock, CancellationToken ct, int? schooljaar = null)
    {
        var found = (await LoadAsync(db, ApiEndpoints.Vandaag(clock), schooljaar, [id], ct)).SingleOrDefault();
        if (found is null)
        {
            return ApiProblemen.NietGevonden("Een uitslag van deze leerling in dit schooljaar");
        }

        return TypedResults.Ok(found);
    }

    private static async Task<List<UitslagModel>> LoadAsync(LeerwerkDbContext db, DateOnly today, int? schooljaar, IReadOnlyCollection<int>? ids, CancellationToken ct)
    {
        var current = Schoolkalender.SchooljaarVan(today);
        var jaar = schooljaar ?? current;
        if (jaar == current)
        {
            return [.. (await Cohort.LoadAsync(db, today, ids, ct)).Select(r => new UitslagModel(
                r.Leerling.Id, r.Leerling.Leerlingnummer, r.Leerling.FullName, r.Leerling.ClassName, jaar,
                Berekend(r), r.Vastgesteld is { } v ? VastgesteldeUitslag.Of(v) : null, r.Vastgesteld is null ? null : r.Verouderd))];
        }

        var query = db.UitslagVaststellingen.AsNoTracking().Where(v => v.Schooljaar == jaar);
        if (ids is not null)
        {
            query = query.Where(v => ids.Contains(v.LeerlingId));
        }

        var latest = (await query.ToListAsync(ct)).GroupBy(v => v.LeerlingId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.VastgesteldOp).ThenByDescending(v => v.Id).First());
        var studentIds = latest.Keys.ToList();
        var students = await db.Leerlingen.AsNoTracking().Where(l => studentIds.Contains(l.Id)).ToListAsync(ct);
        return [.. students.OrderBy(l => l.LastName, StringComparer.Ordinal).ThenBy(l => l.FirstName, StringComparer.Ordinal)
            .Select(l => new UitslagModel(l.Id, l.Leerlingnummer, l.FullName, l.ClassName, jaar, null, VastgesteldeUitslag.Of(latest[l.Id]), null))];
    }

    private static BerekendeUitslag Berekend(CohortRij r)
    {
        var u = r.Uitslag;
        return new BerekendeUitslag(u.Status, u.ToegepasteRegeling, u.Eindcijfers, u.Combinatiecijfer,
            u.CeGemiddelde is { } g ? Afronding.Afgekapt(g, 2) : null, u.LeftOut,
            [.. u.NogNodig.Select(n => new NogNodigModel(n.Vak, n.Cijfer, n.Minimum, n.Message))],
            [.. u.Redenen.Select(UitslagRedenModel.Of)], r.HerkansingMogelijk);
    }
}
