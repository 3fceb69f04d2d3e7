using Leerwerk.Data;
using Leerwerk.Domain.Rules;
using Leerwerk.Web.Bevindingen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Leerwerk.Web.Api;

/// <summary>The school's worklist: the open findings of <see cref="SchoolBevindingen"/>, the evaluation of the Bevindingen page.</summary>
public static class BevindingenApi
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        api.MapGet("/bevindingen", WerklijstAsync).WithTags("Bevindingen").RequireAuthorization(ApiPolicies.Lezen).WithName("Werklijst")
            .WithSummary("De open MOET- en ADVIES-bevindingen van de school (de werklijst), per pagina; filter op regel, soort en onderwerp.");
    }

    private static async Task<Results<Ok<Pagina<WerklijstItem>>, ValidationProblem>> WerklijstAsync(
        LeerwerkDbContext db, VersionedResults results, TimeProvider clock, CancellationToken ct,
        int? page = null, int? pageSize = null, string? regel = null, RuleKind? soort = null, OnderwerpSoort? onderwerp = null, int? leerlingId = null)
    {
        if (Paging.Lees(page, pageSize, out var problem) is not { } paging)
        {
            return problem!;
        }

        var all = (await SchoolBevindingen.EvaluateSchoolAsync(db, results, ApiEndpoints.Vandaag(clock), ct))
            .Where(b => regel is null || string.Equals(b.Finding.RuleId, regel.Trim(), StringComparison.OrdinalIgnoreCase))
            .Where(b => soort is null || b.Finding.Kind == soort)
            .Where(b => onderwerp is null || b.Soort == onderwerp)
            .Where(b => leerlingId is null || (b.Soort == OnderwerpSoort.Leerling && b.OnderwerpId == leerlingId))
            .Select(b => new WerklijstItem(b.Soort.ToString(), b.OnderwerpId, b.Onderwerp, BevindingModel.Of(b.Finding)))
            .ToList();
        return TypedResults.Ok(paging.Van(all));
    }
}
