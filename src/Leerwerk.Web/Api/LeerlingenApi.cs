using Leerwerk.Data;
using Leerwerk.Data.Queries;
using Leerwerk.Domain.Controle;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Rules;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Api;

/// <summary>Students with their routes and programme, and the findings of one student's dossier.</summary>
public static class LeerlingenApi
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/leerlingen").WithTags("Leerlingen").RequireAuthorization(ApiPolicies.Lezen);
        group.MapGet("/", LijstAsync).WithName("Leerlingen").WithSummary("Leerlingen van de school, per pagina; filter op leerjaar, klas, profiel, route.");
        group.MapGet("/{id:int}", DetailAsync).WithName("Leerling").WithSummary("Eén leerling met routebesluiten en programma.");
        group.MapGet("/{id:int}/bevindingen", BevindingenAsync).WithName("LeerlingBevindingen")
            .WithSummary("De bevindingen van het dossier van de leerling, dezelfde als op de dossierpagina.");
    }

    private static async Task<Results<Ok<Pagina<LeerlingSamenvatting>>, ValidationProblem>> LijstAsync(
        LeerwerkDbContext db, TimeProvider clock, CancellationToken ct,
        int? page = null, int? pageSize = null, int? leerjaar = null, string? klas = null, string? profiel = null, Leerroute? route = null)
    {
        if (Paging.Lees(page, pageSize, out var problem) is not { } paging)
        {
            return problem!;
        }

        var today = ApiEndpoints.Vandaag(clock);
        // The school's current students, as the student list shows by default: one who left (uitstroom) is not listed.
        var query = db.Leerlingen.AsNoTracking().OpSchoolOp(today);
        if (leerjaar is { } jaar)
        {
            query = query.Where(l => l.Leerjaar == jaar);
        }

        if (!string.IsNullOrWhiteSpace(klas))
        {
            query = query.Where(l => l.ClassName == klas.Trim());
        }

        if (!string.IsNullOrWhiteSpace(profiel))
        {
            query = query.Where(l => l.ProfielCode == profiel.Trim());
        }

        if (route is { } wanted)
        {
            // The route in force today, as Leerling.RouteOn reads it: the latest decision started on or before today.
            query = query.Where(l => l.Routes.Where(r => r.StartDate <= today).OrderByDescending(r => r.StartDate)
                .Select(r => (Leerroute?)r.Route).FirstOrDefault() == wanted);
        }

        var total = await query.CountAsync(ct);
        var items = await query.Include(l => l.Routes)
            .OrderBy(l => l.LastName).ThenBy(l => l.FirstName).ThenBy(l => l.Id)
            .Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new Pagina<LeerlingSamenvatting>(
            [.. items.Select(l => new LeerlingSamenvatting(l.Id, l.Leerlingnummer, l.FullName, l.Leerweg, l.ProfielCode, l.Leerjaar, l.ClassName, l.RouteOn(today)))],
            paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<LeerlingDetail>, ProblemHttpResult>> DetailAsync(int id, LeerwerkDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var l = await db.Leerlingen.AsNoTracking().Include(x => x.Routes).Include(x => x.Vakken).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, ct);
        if (l is null)
        {
            return ApiProblemen.NietGevonden("Deze leerling");
        }

        return TypedResults.Ok(new LeerlingDetail(l.Id, l.Leerlingnummer, l.FirstName, l.Tussenvoegsel, l.LastName, l.Leerweg, l.ProfielCode, l.Leerjaar,
            l.ClassName, l.MentorName, l.LwtBeoogd, l.RouteOn(ApiEndpoints.Vandaag(clock)),
            [.. l.Routes.OrderBy(r => r.StartDate).Select(r => new RouteBesluitModel(r.Route, r.StartDate, r.DecidedBy, r.ConsultedStudentAndParents))],
            [.. l.Vakken.OrderBy(v => v.Soort).ThenBy(v => v.Name, StringComparer.Ordinal)
                .Select(v => new ProgrammaVak(v.Name, v.Soort, v.Deel, v.ModuleProfielCode, v.IsPartial, v.OutsideSchool))]));
    }

    private static async Task<Results<Ok<IReadOnlyList<BevindingModel>>, ProblemHttpResult>> BevindingenAsync(
        int id, LeerwerkDbContext db, TimeProvider clock, CancellationToken ct)
    {
        var dossier = await db.LoadDossierAsync(id, ct);
        if (dossier is null)
        {
            return ApiProblemen.NietGevonden("Deze leerling");
        }

        IReadOnlyList<BevindingModel> findings = [.. FindingOrder.Sort(DossierRules.Evaluate(dossier, ApiEndpoints.Vandaag(clock))).Select(BevindingModel.Of)];
        return TypedResults.Ok(findings);
    }
}
