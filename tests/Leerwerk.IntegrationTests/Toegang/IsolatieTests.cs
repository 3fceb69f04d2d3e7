using System.IO.Compression;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Data.ApiSleutels;
using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Toegang;

/// <summary>
/// School isolation over the whole app: a user of school A (each staff role, and an API key of school A) requests every
/// record of school B (<see cref="Arrange.IsolatieSchoolAsync"/>) through every endpoint the app maps. Every id an endpoint
/// reads (<see cref="IdParameters"/>) is filled with school B's record of the kind <see cref="IsolatieKaart"/> names; an id
/// the map does not know fails the test. An id in the route must answer 404 (or 403 / the "Geen toegang" page when the
/// role may not open the page at all); no answer may be a 500 or show anything of school B (its marker word, also inside
/// an XLSX or DOCX); and afterwards school B's records are exactly as before (<see cref="SchoolSnapshot"/>). See
/// docs/testing.md, "School isolation". Its own app and database: the POSTs must not disturb other tests.
/// </summary>
public sealed class IsolatieTests(IsolatieTests.EigenApp app) : IClassFixture<IsolatieTests.EigenApp>
{
    /// <summary>The staff of school A: the demo school's users.</summary>
    private static readonly string[] Staff = ["demobeheerder", "coordinator", "mentor", "examensecretaris"];

    /// <summary>
    /// Left out, with the reason: logging out ends the session the test runs in; the approval and signing pages open by
    /// a token that is itself the right to see that one agreement (whoever holds it, logged in or not; their own tests
    /// check tokens of other agreements and revoked ones).
    /// </summary>
    private static readonly string[] NietGevraagd = ["/Account/Uitloggen", "/goedkeuren/", "/ondertekenen/"];

    [Fact]
    public async Task EveryEndpoint_WithTheIdsOfAnotherSchool_AnswersNotFoundAndShowsAndChangesNothingOfIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var b = await Arrange.IsolatieSchoolAsync(app);
        var endpoints = await IdParameters.AllAsync(app);
        Assert.Contains(endpoints, e => e.Eindpunt.Route == "/Leerlingen/Details/{id:int}" && e.Parameters.Any(p => p.Name == "id"));

        var unknown = endpoints.SelectMany(e => e.Parameters.Where(p => IsolatieKaart.SoortVan(e.Eindpunt, p) is null)
            .Select(p => $"{e.Eindpunt.Route} {e.Eindpunt.HandlerLabel}: {p.Name} ({p.Plek})")).Distinct().ToList();
        Assert.True(unknown.Count == 0, "Ids the isolation map (IsolatieKaart) does not know; say what they are of:\n" + string.Join('\n', unknown));

        var requests = endpoints
            .Where(e => !NietGevraagd.Any(n => e.Eindpunt.Route.StartsWith(n, StringComparison.Ordinal)))
            .Where(e => e.Eindpunt.Method == "GET" || e.Parameters.Any(p => IsolatieKaart.SoortVan(e.Eindpunt, p) != IsolatieKaart.GeenId))
            .ToList();
        var before = await SchoolSnapshot.TakeAsync(app, b.SchoolId, b.BestuurId);
        Assert.DoesNotContain(before, l => l.StartsWith("wijst naar", StringComparison.Ordinal));

        var failures = new List<string>();
        var count = 0;
        foreach (var userName in Staff)
        {
            using var client = await TestClient.LoggedInAsync(app, userName);
            var (_, page) = await client.GetPageAsync("/Account/WachtwoordWijzigen");
            var token = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
            foreach (var endpoint in requests.Where(e => !e.Eindpunt.Route.StartsWith("/api/", StringComparison.Ordinal)))
            {
                using var request = Request(endpoint, b, token);
                using var response = await client.Http.SendAsync(request, ct);
                failures.AddRange(await CheckAsync(userName, endpoint, response));
                count++;
            }
        }

        var (key, _) = await Arrange.ApiKeyAsync(app, await Arrange.DemoSchoolIdAsync(app), [.. ApiScopes.All]);
        using var api = Arrange.ApiClient(app, key);
        foreach (var endpoint in requests.Where(e => e.Eindpunt.Route.StartsWith("/api/", StringComparison.Ordinal)))
        {
            using var request = Request(endpoint, b, null);
            using var response = await api.SendAsync(request, ct);
            failures.AddRange(await CheckAsync("API-sleutel", endpoint, response));
            count++;
        }

        TestContext.Current.SendDiagnosticMessage($"{count} requests with the ids of school B.");
        Assert.True(failures.Count == 0, $"{failures.Count} answers show or reach school B:\n" + string.Join('\n', failures));
        var after = await SchoolSnapshot.TakeAsync(app, b.SchoolId, b.BestuurId);
        Assert.Equal(before, after);
    }

    /// <summary>
    /// The request for <paramref name="endpoint"/> with school B's ids: in the route, then the query (GET), the form (a
    /// page's POST, with the antiforgery token) or a JSON body (the API's POST and PUT, which have no token).
    /// </summary>
    private static HttpRequestMessage Request(EindpuntMetParameters endpoint, Arrange.IsolatieSchool b, string? token)
    {
        var (eindpunt, parameters) = (endpoint.Eindpunt, endpoint.Parameters);
        string Value(Parameter p) => IsolatieKaart.SoortVan(eindpunt, p) is { Length: > 0 } soort ? b.Ids[soort] : "v1";
        var path = eindpunt.Route;
        foreach (var p in parameters.Where(p => p.Plek == Plek.Route))
        {
            path = Regex.Replace(path, $@"\{{{p.Name}[^}}]*\}}", Uri.EscapeDataString(Value(p)));
        }

        var values = parameters.Where(p => p.Plek == Plek.Query && IsolatieKaart.SoortVan(eindpunt, p) != IsolatieKaart.GeenId)
            .Select(p => new KeyValuePair<string, string>(p.Name, Value(p)))
            .ToList();
        var query = new List<string>();
        if (eindpunt.Handler is not null)
        {
            query.Add($"handler={eindpunt.Handler}");
        }

        if (eindpunt.Method == "GET")
        {
            query.AddRange(values.Select(v => $"{Uri.EscapeDataString(v.Key)}={Uri.EscapeDataString(v.Value)}"));
        }

        var url = query.Count == 0 ? path : $"{path}?{string.Join('&', query)}";
        var request = new HttpRequestMessage(new HttpMethod(eindpunt.Method), new Uri(url, UriKind.Relative));
        var body = parameters.Where(p => p.Plek == Plek.Body).ToList();
        if (token is null && eindpunt.Method != "GET")
        {
            // The other fields valid, so that only the id can be the reason for a "no".
            var json = body.ToDictionary(p => JsonName(p.Name), p => (object)int.Parse(Value(p), System.Globalization.CultureInfo.InvariantCulture));
            json["datum"] = Arrange.IsoDate(Arrange.LastWeekMonday);
            json["uren"] = 4m;
            request.Content = JsonContent.Create(json);
            request.Headers.TryAddWithoutValidation("If-Match", "*");
        }
        else if (eindpunt.Method != "GET")
        {
            request.Content = new FormUrlEncodedContent(token is null ? values : [.. values, new("__RequestVerificationToken", token)]);
        }

        return request;
    }

    private static string JsonName(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    private static async Task<IEnumerable<string>> CheckAsync(string user, EindpuntMetParameters endpoint, HttpResponseMessage response)
    {
        var label = $"{user} {endpoint.Eindpunt.HandlerLabel} {endpoint.Eindpunt.Route}: {(int)response.StatusCode}";
        var failures = new List<string>();
        // The error page answers with the status of the error it shows (500 when it is opened by itself).
        if ((int)response.StatusCode >= 500 && endpoint.Eindpunt.Route != "/Fout")
        {
            failures.Add($"{label}, a server error");
        }

        if (await ShowsMarkerAsync(response))
        {
            failures.Add($"{label}, shows '{Arrange.Marker}' of school B");
        }

        var routeId = endpoint.Parameters.Any(p => p.Plek == Plek.Route && IsolatieKaart.SoortVan(endpoint.Eindpunt, p) != IsolatieKaart.GeenId);
        if (routeId && !NotFoundOrRefused(response))
        {
            failures.Add($"{label}, expected 404 (or a refusal of the role)");
        }

        if (endpoint.Parameters.Any(p => p.Plek == Plek.Body) && response.IsSuccessStatusCode)
        {
            failures.Add($"{label}, accepted a body with school B's ids");
        }

        return failures;
    }

    /// <summary>404; or the role may not open the page at all: 403, or a redirect to the "Geen toegang" page.</summary>
    private static bool NotFoundOrRefused(HttpResponseMessage response) =>
        response.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Forbidden
        || (response.StatusCode is HttpStatusCode.Redirect or HttpStatusCode.SeeOther && response.Headers.Location is { } location
            && location.OriginalString.Contains("/Account/Geweigerd", StringComparison.OrdinalIgnoreCase));

    /// <summary>Whether the answer carries the marker: its text, a download's file name, or any part of an XLSX or DOCX.</summary>
    private static async Task<bool> ShowsMarkerAsync(HttpResponseMessage response)
    {
        if (response.Content.Headers.ContentDisposition?.ToString().Contains(Arrange.Marker, StringComparison.OrdinalIgnoreCase) == true
            || response.Headers.Location?.OriginalString.Contains(Arrange.Marker, StringComparison.OrdinalIgnoreCase) == true)
        {
            return true;
        }

        var bytes = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        if (bytes is [(byte)'P', (byte)'K', ..])
        {
            using var zip = new ZipArchive(new MemoryStream(bytes));
            foreach (var entry in zip.Entries)
            {
                using var reader = new StreamReader(entry.Open());
                if ((await reader.ReadToEndAsync(TestContext.Current.CancellationToken)).Contains(Arrange.Marker, StringComparison.OrdinalIgnoreCase))
                {
                    return true;
                }
            }

            return false;
        }

        return Encoding.UTF8.GetString(bytes).Contains(Arrange.Marker, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>An app and demo database of this test alone.</summary>
    public sealed class EigenApp : LeerwerkAppFactory;
}
