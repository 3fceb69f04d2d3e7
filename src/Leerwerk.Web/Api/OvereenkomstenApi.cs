using Leerwerk.Data;
using Leerwerk.Domain.Overeenkomsten;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Api;

/// <summary>Samenwerkingsovereenkomsten with their state, and leer-werkovereenkomsten with status and signatures.</summary>
public static class OvereenkomstenApi
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var samenwerking = api.MapGroup("/samenwerkingsovereenkomsten").WithTags("Overeenkomsten").RequireAuthorization(ApiPolicies.Lezen);
        samenwerking.MapGet("/", SamenwerkingenAsync).WithName("Samenwerkingsovereenkomsten")
            .WithSummary("Samenwerkingsovereenkomsten met de mbo-partner, per pagina; filter op mbo-instelling en of ze vandaag in werking zijn.");
        samenwerking.MapGet("/{id:int}", SamenwerkingAsync).WithName("Samenwerkingsovereenkomst").WithSummary("Eén samenwerkingsovereenkomst.");

        var leerwerk = api.MapGroup("/leerwerkovereenkomsten").WithTags("Overeenkomsten").RequireAuthorization(ApiPolicies.Lezen);
        leerwerk.MapGet("/", LeerwerkLijstAsync).WithName("Leerwerkovereenkomsten")
            .WithSummary("Leer-werkovereenkomsten, per pagina; filter op leerling, leerbedrijf en status.");
        leerwerk.MapGet("/{id:int}", LeerwerkAsync).WithName("Leerwerkovereenkomst")
            .WithSummary("Eén leer-werkovereenkomst met status en ondertekeningen.");
    }

    private static async Task<Results<Ok<Pagina<SamenwerkingModel>>, ValidationProblem>> SamenwerkingenAsync(
        LeerwerkDbContext db, TimeProvider clock, CancellationToken ct,
        int? page = null, int? pageSize = null, int? mboInstellingId = null, bool? inWerking = null)
    {
        if (Paging.Lees(page, pageSize, out var problem) is not { } paging)
        {
            return problem!;
        }

        var today = ApiEndpoints.Vandaag(clock);
        var query = db.Samenwerkingsovereenkomsten.AsNoTracking().Include(s => s.MboInstelling).AsQueryable();
        if (mboInstellingId is { } instelling)
        {
            query = query.Where(s => s.MboInstellingId == instelling);
        }

        // A school has a handful: whether one is in force is the domain's computation (IsInForceOn), done in memory.
        var all = (await query.OrderBy(s => s.StartDate).ThenBy(s => s.Id).ToListAsync(ct))
            .Where(s => inWerking is null || s.IsInForceOn(today) == inWerking)
            .Select(s => Model(s, today))
            .ToList();
        return TypedResults.Ok(paging.Van(all));
    }

    private static async Task<Results<Ok<SamenwerkingModel>, ProblemHttpResult>> SamenwerkingAsync(int id, LeerwerkDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var s = await db.Samenwerkingsovereenkomsten.AsNoTracking().Include(x => x.MboInstelling).FirstOrDefaultAsync(x => x.Id == id, ct);
        return s is null ? ApiProblemen.NietGevonden("Deze samenwerkingsovereenkomst") : TypedResults.Ok(Model(s, ApiEndpoints.Vandaag(clock)));
    }

    private static async Task<Results<Ok<Pagina<LeerwerkModel>>, ValidationProblem>> LeerwerkLijstAsync(
        LeerwerkDbContext db, CancellationToken ct,
        int? page = null, int? pageSize = null, int? leerlingId = null, int? leerbedrijfId = null, LeerwerkovereenkomstStatus? status = null)
    {
        if (Paging.Lees(page, pageSize, out var problem) is not { } paging)
        {
            return problem!;
        }

        var query = db.Leerwerkovereenkomsten.AsNoTracking();
        if (leerlingId is { } leerling)
        {
            query = query.Where(o => o.LeerlingId == leerling);
        }

        if (leerbedrijfId is { } bedrijf)
        {
            query = query.Where(o => o.LeerbedrijfId == bedrijf);
        }

        if (status is { } wanted)
        {
            query = query.Where(o => o.Status == wanted);
        }

        var total = await query.CountAsync(ct);
        var items = await Volledig(query).OrderByDescending(o => o.StartDate).ThenBy(o => o.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new Pagina<LeerwerkModel>([.. items.Select(Model)], paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<LeerwerkModel>, ProblemHttpResult>> LeerwerkAsync(int id, LeerwerkDbContext db, CancellationToken ct)
    {
        var o = await Volledig(db.Leerwerkovereenkomsten.AsNoTracking()).FirstOrDefaultAsync(x => x.Id == id, ct);
        return o is null ? ApiProblemen.NietGevonden("Deze leer-werkovereenkomst") : TypedResults.Ok(Model(o));
    }

    private static IQueryable<Leerwerkovereenkomst> Volledig(IQueryable<Leerwerkovereenkomst> query) =>
        query.Include(o => o.Leerling).Include(o => o.Leerbedrijf).Include(o => o.Praktijkbegeleider).Include(o => o.Ondertekeningen).AsSplitQuery();

    private static SamenwerkingModel Model(Samenwerkingsovereenkomst s, DateOnly today)
    {
        var status = s.IsInForceOn(today) ? "in werking" : s.StartDate > today ? "nog niet in werking" : "beëindigd";
        return new SamenwerkingModel(s.Id, s.MboInstellingId, s.MboInstelling?.Name, s.Soort, s.StartDate, s.EndDate, s.NoticeGivenOn, s.EndedOn,
            s.LastDay, status, s.IsInForceOn(today));
    }

    // Who must sign and when it was fully signed come from Ondertekenaars, as for rule E6 and the agreement page.
    private static LeerwerkModel Model(Leerwerkovereenkomst o) => new(
        o.Id, o.LeerlingId, o.LeerbedrijfId, o.Leerbedrijf?.Name, o.Praktijkbegeleider?.Name, o.StartDate, o.EndDate, o.PlannedHours, o.Status, o.EndedOn,
        [.. o.Ondertekeningen.OrderBy(t => t.SignedOn).ThenBy(t => t.Partij).Select(t => new OndertekeningModel(t.Partij, t.SignerName, t.SignedOn))],
        Ondertekenaars.RequiredParties(Ondertekenaars.SignsAsMinor(o, o.Leerling!)),
        Ondertekenaars.MissingParties(o, o.Leerling!),
        Ondertekenaars.SignedOn(o, o.Leerling!));
}
