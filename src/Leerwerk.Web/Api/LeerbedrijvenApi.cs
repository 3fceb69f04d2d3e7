using Leerwerk.Data;
using Leerwerk.Domain.Leerbedrijven;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Api;

/// <summary>Leerbedrijven with their erkenningen.</summary>
public static class LeerbedrijvenApi
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/leerbedrijven").WithTags("Leerbedrijven").RequireAuthorization(ApiPolicies.Lezen);
        group.MapGet("/", LijstAsync).WithName("Leerbedrijven")
            .WithSummary("Leerbedrijven met erkenningen, per pagina; filter op naam (deel), plaats en profiel van een erkenning.");
        group.MapGet("/{id:int}", DetailAsync).WithName("Leerbedrijf").WithSummary("Eén leerbedrijf met erkenningen.");
    }

    private static async Task<Results<Ok<Pagina<LeerbedrijfModel>>, ValidationProblem>> LijstAsync(
        LeerwerkDbContext db, CancellationToken ct, int? page = null, int? pageSize = null, string? naam = null, string? plaats = null, string? profiel = null)
    {
        if (Paging.Lees(page, pageSize, out var problem) is not { } paging)
        {
            return problem!;
        }

        var query = db.Leerbedrijven.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(plaats))
        {
            query = query.Where(b => b.City == plaats.Trim());
        }

        if (!string.IsNullOrWhiteSpace(profiel))
        {
            query = query.Where(b => b.Erkenningen.Any(e => e.ProfielCode == profiel.Trim()));
        }

        // A part of the name, in any case, as the Leerbedrijven page searches: in memory, the same on both providers.
        var all = (await query.Include(b => b.Erkenningen).OrderBy(b => b.Name).ThenBy(b => b.Id).ToListAsync(ct))
            .Where(b => string.IsNullOrWhiteSpace(naam) || b.Name.Contains(naam.Trim(), StringComparison.CurrentCultureIgnoreCase))
            .Select(Model)
            .ToList();
        return TypedResults.Ok(paging.Van(all));
    }

    private static async Task<Results<Ok<LeerbedrijfModel>, ProblemHttpResult>> DetailAsync(int id, LeerwerkDbContext db, CancellationToken ct)
    {
        var b = await db.Leerbedrijven.AsNoTracking().Include(x => x.Erkenningen).FirstOrDefaultAsync(x => x.Id == id, ct);
        return b is null ? ApiProblemen.NietGevonden("Dit leerbedrijf") : TypedResults.Ok(Model(b));
    }

    private static LeerbedrijfModel Model(Leerbedrijf b) => new(b.Id, b.Name, b.KvkNumber, b.SbbLeerbedrijfId, b.City,
        [.. b.Erkenningen.OrderBy(e => e.GrantedOn).ThenBy(e => e.Id)
            .Select(e => new ErkenningModel(e.Id, e.ProfielCode, e.IsLwt, e.GrantedOn, e.LastAssessedOn, e.WithdrawnOn))]);
}
