using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace Leerwerk.Web.Api;

/// <summary>
/// Every refusal of the API as <c>application/problem+json</c> (RFC 9457) with a Dutch title; a field's problem names
/// the field under <c>errors</c> (the message of the check the form makes), a conflict the entry under <c>regelId</c>.
/// One place, so every endpoint says no alike. A breach of a rule of the law is no refusal: it is a finding, read from
/// the findings endpoints with its rule id.
/// </summary>
public static class ApiProblemen
{
    public const string ContentType = "application/problem+json";

    /// <summary>The Dutch title of a status, for answers without a more precise one.</summary>
    public static string Titel(int status) => status switch
    {
        400 => "Ongeldig verzoek",
        401 => "API-sleutel ontbreekt of is ongeldig",
        403 => "Deze API-sleutel mag dit niet",
        404 => "Niet gevonden",
        405 => "Deze methode kan hier niet",
        409 => "Conflict met bestaande gegevens",
        412 => "De gegevens zijn intussen gewijzigd",
        413 => "Het verzoek is te groot",
        415 => "Stuur JSON (application/json)",
        422 => "De invoer voldoet niet aan de regels",
        428 => "If-Match ontbreekt",
        429 => "Te veel verzoeken",
        503 => "Tijdelijk niet beschikbaar",
        507 => "De opslag is vol",
        _ => "Er ging iets mis",
    };

    public static ProblemHttpResult NietGevonden(string wat) =>
        TypedResults.Problem($"{wat} bestaat niet of hoort niet bij de school van deze API-sleutel.", statusCode: 404, title: Titel(404));

    public static ProblemHttpResult Status(int status, string detail, IDictionary<string, object?>? extensions = null) =>
        TypedResults.Problem(detail, statusCode: status, title: Titel(status), extensions: extensions);

    /// <summary>Several fields at once: every problem of the input in one answer.</summary>
    public static ValidationProblem Velden(IDictionary<string, string[]> fouten) =>
        TypedResults.ValidationProblem(fouten, detail: "Zie 'errors': per veld wat er niet klopt.", title: Titel(422));

    /// <summary>Writes a problem straight to the response: for middleware and the authentication handler.</summary>
    public static Task WriteAsync(HttpContext context, int status, string? detail = null, string? titel = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.StatusCode = status;
        var problem = new ProblemDetails { Status = status, Title = titel ?? Titel(status), Detail = detail };
        return context.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, ContentType);
    }
}
