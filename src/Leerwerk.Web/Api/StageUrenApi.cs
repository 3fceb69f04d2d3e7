using System.Globalization;
using System.Security.Claims;
using Leerwerk.Data;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren;
using Leerwerk.Web.StageUren;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Api;

/// <summary>
/// The stage-hour ledger for timesheet tools: read it, enter a day, correct a day. Writing goes through the checks of
/// the form (<see cref="UrenInvoer"/>: quarters from 0 to 12, not after today, inside the agreement) and the one way
/// the ledger is written (<see cref="UrenOpslag"/>: a correction keeps the old entry), audited in the key's name.
/// A correction needs the entry's ETag in If-Match, so a tool never overwrites a change it has not seen.
/// </summary>
public static class StageUrenApi
{
    public static void Map(RouteGroupBuilder api)
    {
        ArgumentNullException.ThrowIfNull(api);
        var group = api.MapGroup("/stage-uren").WithTags("Stage-uren");
        group.MapGet("/", LijstAsync).RequireAuthorization(ApiPolicies.Lezen).WithName("StageUren")
            .WithSummary("Regels van het urenboek, per pagina; filter op leerling, leer-werkovereenkomst, periode en status.");
        group.MapGet("/{id:int}", RegelAsync).RequireAuthorization(ApiPolicies.Lezen).WithName("StageUrenRegel")
            .WithSummary("Eén regel; de ETag-header is de versie voor If-Match.");
        group.MapPost("/", InvoerenAsync).RequireAuthorization(ApiPolicies.UrenSchrijven).WithName("StageUrenInvoeren")
            .WithSummary("Uren van één dag invoeren (scope uren-schrijven), met de controles van het formulier.")
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:int}", CorrigerenAsync).RequireAuthorization(ApiPolicies.UrenSchrijven).WithName("StageUrenCorrigeren")
            .WithSummary("De uren van een regel corrigeren (scope uren-schrijven); If-Match met de ETag van de regel is verplicht.")
            .ProducesProblem(StatusCodes.Status409Conflict).ProducesProblem(StatusCodes.Status412PreconditionFailed)
            .ProducesProblem(StatusCodes.Status428PreconditionRequired);
    }

    private static async Task<Results<Ok<Pagina<UrenRegelModel>>, ValidationProblem>> LijstAsync(
        LeerwerkDbContext db, CancellationToken ct, int? page = null, int? pageSize = null, int? leerlingId = null, int? leerwerkovereenkomstId = null,
        DateOnly? van = null, DateOnly? tot = null, UrenStatus? status = null)
    {
        if (Paging.Lees(page, pageSize, out var problem) is not { } paging)
        {
            return problem!;
        }

        var query = db.StageUren.AsNoTracking();
        if (leerlingId is { } leerling)
        {
            query = query.Where(r => r.LeerlingId == leerling);
        }

        if (leerwerkovereenkomstId is { } overeenkomst)
        {
            query = query.Where(r => r.LeerwerkovereenkomstId == overeenkomst);
        }

        if (van is { } from)
        {
            query = query.Where(r => r.Date >= from);
        }

        if (tot is { } to)
        {
            query = query.Where(r => r.Date <= to);
        }

        if (status is { } wanted)
        {
            query = query.Where(r => r.Status == wanted);
        }

        var total = await query.CountAsync(ct);
        var items = await query.OrderByDescending(r => r.Date).ThenBy(r => r.Id).Skip(paging.Skip).Take(paging.PageSize).ToListAsync(ct);
        return TypedResults.Ok(new Pagina<UrenRegelModel>([.. items.Select(UrenRegelModel.Of)], paging.Page, paging.PageSize, total));
    }

    private static async Task<Results<Ok<UrenRegelModel>, ProblemHttpResult>> RegelAsync(int id, LeerwerkDbContext db, HttpResponse response, CancellationToken ct)
    {
        var entry = await db.StageUren.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (entry is null)
        {
            return ApiProblemen.NietGevonden("Deze urenregel");
        }

        response.Headers.ETag = ETags.Of(entry);
        return TypedResults.Ok(UrenRegelModel.Of(entry));
    }

    private static async Task<Results<Created<UrenRegelModel>, ValidationProblem, ProblemHttpResult>> InvoerenAsync(
        NieuweUrenRegel invoer, LeerwerkDbContext db, TimeProvider clock, ClaimsPrincipal user, HttpResponse response, CancellationToken ct)
    {
        var fouten = new Dictionary<string, string[]>();
        var agreement = invoer.LeerwerkovereenkomstId is { } agreementId
            ? await db.Leerwerkovereenkomsten.AsNoTracking().FirstOrDefaultAsync(o => o.Id == agreementId, ct)
            : null;
        if (invoer.LeerwerkovereenkomstId is null)
        {
            fouten["leerwerkovereenkomstId"] = ["Vul de leer-werkovereenkomst in waar de uren bij horen."];
        }
        else if (agreement is null)
        {
            fouten["leerwerkovereenkomstId"] = ["Deze leer-werkovereenkomst bestaat niet of hoort niet bij de school van deze API-sleutel."];
        }
        else if (AllowsHoursError(agreement) is { } statusError)
        {
            fouten["leerwerkovereenkomstId"] = [statusError];
        }

        if (invoer.Uren is not { } hours)
        {
            fouten["uren"] = ["Vul de uren in: 0,25 tot en met 12, in kwartieren."];
        }
        else if (UrenInvoer.CheckHours(hours, "uren") is { } hoursError)
        {
            fouten["uren"] = [hoursError];
        }
        else if (hours == 0)
        {
            fouten["uren"] = ["uren: 0 uur op een dag zonder regel voegt niets toe; vul 0,25 tot en met 12 in."];
        }

        AddDateErrors(fouten, invoer.Datum, agreement, ApiEndpoints.Vandaag(clock));
        if (fouten.Count > 0)
        {
            return ApiProblemen.Velden(fouten);
        }

        var date = invoer.Datum!.Value;
        var existing = await CurrentEntryAsync(db, agreement!.Id, date, ct);
        if (existing is not null)
        {
            return ApiProblemen.Status(StatusCodes.Status409Conflict,
                $"Op {UrenInvoer.Day(date)} staat al regel {existing.Id.ToString(CultureInfo.InvariantCulture)}; corrigeer die met PUT {ApiEndpoints.Prefix}/stage-uren/{existing.Id.ToString(CultureInfo.InvariantCulture)} en If-Match.",
                new Dictionary<string, object?> { ["regelId"] = existing.Id });
        }

        await UrenOpslag.SaveAsync(db, [new UrenWijziging(agreement.SchoolId, agreement.LeerlingId, agreement.Id, date, invoer.Uren!.Value, invoer.Toelichting)],
            user.Identity!.Name!, clock.GetUtcNow().UtcDateTime, ct);
        var created = (await CurrentEntryAsync(db, agreement.Id, date, ct))!;
        response.Headers.ETag = ETags.Of(created);
        return TypedResults.Created($"{ApiEndpoints.Prefix}/stage-uren/{created.Id.ToString(CultureInfo.InvariantCulture)}", UrenRegelModel.Of(created));
    }

    private static async Task<Results<Ok<UrenRegelModel>, ValidationProblem, ProblemHttpResult>> CorrigerenAsync(
        int id, UrenCorrectie invoer, LeerwerkDbContext db, TimeProvider clock, ClaimsPrincipal user, HttpRequest request, HttpResponse response,
        CancellationToken ct)
    {
        var entry = await db.StageUren.AsNoTracking().FirstOrDefaultAsync(r => r.Id == id, ct);
        if (entry is null)
        {
            return ApiProblemen.NietGevonden("Deze urenregel");
        }

        var etag = ETags.Of(entry);
        switch (ETags.Matches(request, etag))
        {
            case null:
                return ApiProblemen.Status(StatusCodes.Status428PreconditionRequired,
                    "Stuur de ETag van de regel mee in If-Match (uit GET of uit het antwoord op de vorige wijziging).");
            case false:
                response.Headers.ETag = etag;
                return ApiProblemen.Status(StatusCodes.Status412PreconditionFailed,
                    "De regel is gewijzigd sinds u hem las (de ETag klopt niet meer). Lees hem opnieuw en beslis dan of de correctie nog nodig is.");
            default:
                break;
        }

        if (!UrenBoek.IsCurrent(entry))
        {
            return ApiProblemen.Status(StatusCodes.Status409Conflict,
                $"Deze regel is al gecorrigeerd door regel {entry.CorrectedById?.ToString(CultureInfo.InvariantCulture)}; corrigeer die.",
                new Dictionary<string, object?> { ["regelId"] = entry.CorrectedById });
        }

        var agreement = await db.Leerwerkovereenkomsten.AsNoTracking().FirstAsync(o => o.Id == entry.LeerwerkovereenkomstId, ct);
        var fouten = new Dictionary<string, string[]>();
        if (AllowsHoursError(agreement) is { } statusError)
        {
            fouten["leerwerkovereenkomstId"] = [statusError];
        }

        if (invoer.Uren is not { } hours)
        {
            fouten["uren"] = ["Vul de uren in: 0 tot en met 12, in kwartieren."];
        }
        else if (UrenInvoer.CheckHours(hours, "uren") is { } hoursError)
        {
            fouten["uren"] = [hoursError];
        }

        AddDateErrors(fouten, entry.Date, agreement, ApiEndpoints.Vandaag(clock));
        if (fouten.Count > 0)
        {
            return ApiProblemen.Velden(fouten);
        }

        await UrenOpslag.SaveAsync(db, [new UrenWijziging(entry.SchoolId, entry.LeerlingId, entry.LeerwerkovereenkomstId, entry.Date, invoer.Uren!.Value, invoer.Toelichting)],
            user.Identity!.Name!, clock.GetUtcNow().UtcDateTime, ct);
        var current = (await CurrentEntryAsync(db, entry.LeerwerkovereenkomstId, entry.Date, ct))!;
        response.Headers.ETag = ETags.Of(current);
        response.Headers.Location = $"{ApiEndpoints.Prefix}/stage-uren/{current.Id.ToString(CultureInfo.InvariantCulture)}";
        return TypedResults.Ok(UrenRegelModel.Of(current));
    }

    /// <summary>
    /// Hours are entered only under a placement that is running or has ended (Actief, Beëindigd), as the week grid and the
    /// import offer them: a concept or unsigned agreement has no stage yet, a replaced one is continued by its successor.
    /// </summary>
    private static string? AllowsHoursError(Leerwerkovereenkomst agreement) =>
        agreement.Status is LeerwerkovereenkomstStatus.Actief or LeerwerkovereenkomstStatus.Beeindigd
            ? null
            : $"Deze leer-werkovereenkomst is {StatusText(agreement.Status)}: uren worden alleen ingevoerd bij een actieve of beëindigde overeenkomst.";

    private static string StatusText(LeerwerkovereenkomstStatus status) => status switch
    {
        LeerwerkovereenkomstStatus.Concept => "een concept",
        LeerwerkovereenkomstStatus.TerOndertekening => "ter ondertekening",
        LeerwerkovereenkomstStatus.Getekend => "getekend maar nog niet actief",
        LeerwerkovereenkomstStatus.Vervangen => "vervangen",
        LeerwerkovereenkomstStatus.Actief => "actief",
        _ => "beëindigd",
    };

    private static void AddDateErrors(Dictionary<string, string[]> fouten, DateOnly? date, Leerwerkovereenkomst? agreement, DateOnly today)
    {
        if (date is not { } day)
        {
            fouten["datum"] = ["Vul de datum in (JJJJ-MM-DD)."];
        }
        else if (UrenInvoer.CheckNotAfterToday(day, today) is { } futureError)
        {
            fouten["datum"] = [$"datum: {futureError}"];
        }
        else if (agreement is not null && UrenInvoer.CheckDate(day, agreement, "datum") is { } dateError)
        {
            fouten["datum"] = [dateError];
        }
    }

    private static Task<StageUrenRegel?> CurrentEntryAsync(LeerwerkDbContext db, int agreementId, DateOnly date, CancellationToken ct) =>
        db.StageUren.AsNoTracking()
            .Where(r => r.LeerwerkovereenkomstId == agreementId && r.Date == date && r.Status != UrenStatus.Gecorrigeerd)
            .OrderByDescending(r => r.EnteredAt).ThenByDescending(r => r.Id)
            .FirstOrDefaultAsync(ct);
}
