using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Toegang;

/// <summary>
/// The permission matrix of <c>docs/permissions.md</c> against the running app: every endpoint the app maps
/// (<see cref="EndpointInventaris"/>) is requested by every role and anonymously, and the answers must be exactly the
/// table between the markers in that file. A new page, a changed policy or a wrong line in the document fails this
/// test; the answers as found are written next to the test assembly (<c>permissions.actual.md</c>) to review and copy.
/// Its own app and database: allowed POSTs (with empty forms and ids that do not exist) must not disturb other tests.
/// </summary>
public sealed class PermissieMatrixTests(PermissieMatrixTests.EigenApp app) : IClassFixture<PermissieMatrixTests.EigenApp>
{
    public const string Begin = "<!-- matrix:begin -->";
    public const string End = "<!-- matrix:end -->";

    /// <summary>The columns: the demo user of each role, and no login.</summary>
    public static readonly IReadOnlyList<(string Column, string? UserName)> Kolommen =
    [
        ("beheerder", "demobeheerder"),
        ("coördinator", "coordinator"),
        ("mentor", "mentor"),
        ("examensecretaris", "examensecretaris"),
        ("mbo-partner", "mbopartner"),
        ("anoniem", null),
    ];

    [Fact]
    public async Task EveryEndpoint_EveryRole_AnswersAsTheMatrixInDocsPermissionsSays()
    {
        var endpoints = await EndpointInventaris.AllAsync(app);
        Assert.Contains(endpoints, e => e.Route == "/Gebruikers/Bewerken/{id}" && e.HandlerLabel == "POST Deactiveren");

        var answers = new Dictionary<(Eindpunt, string), string>();
        foreach (var (column, userName) in Kolommen)
        {
            using var client = userName is null ? TestClient.Create(app) : await TestClient.LoggedInAsync(app, userName);
            var token = await AntiforgeryTokenAsync(client, userName is null ? "/Account/Inloggen" : "/Account/WachtwoordWijzigen");

            // Logging out ends the session, so it goes last.
            foreach (var endpoint in endpoints.OrderBy(e => e.Route.StartsWith("/Account/Uitloggen", StringComparison.Ordinal)))
            {
                answers[(endpoint, column)] = await AnswerAsync(client, endpoint, token);
            }
        }

        var actual = Table(endpoints, answers);
        await File.WriteAllTextAsync(Path.Combine(AppContext.BaseDirectory, "permissions.actual.md"), actual, TestContext.Current.CancellationToken);
        var documented = Documented();
        Assert.True(documented == actual,
            $"docs/permissions.md differs from the app's answers. The answers as found ({Path.Combine(AppContext.BaseDirectory, "permissions.actual.md")}):\n{actual}");
    }

    /// <summary>"nee": refused (403 or the Geweigerd page); "sleutel": 401, only an API key opens it; "inloggen": sent to the login; "→ /x": a GET sent elsewhere; "ja": anything else.</summary>
    private static async Task<string> AnswerAsync(TestClient client, Eindpunt endpoint, string token)
    {
        var uri = new Uri(endpoint.Url, UriKind.Relative);
        using var request = new HttpRequestMessage(new HttpMethod(endpoint.Method), uri);
        if (endpoint.Method == "POST")
        {
            request.Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
        }

        using var response = await client.Http.SendAsync(request, TestContext.Current.CancellationToken);
        if (response.StatusCode == HttpStatusCode.Forbidden)
        {
            return "nee";
        }

        // The JSON API opens only with an API key, never with the login cookie.
        if (response.StatusCode == HttpStatusCode.Unauthorized)
        {
            return "sleutel";
        }

        if ((int)response.StatusCode is 301 or 302 or 303 or 307 && response.Headers.Location is { } location)
        {
            var target = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
            if (target.StartsWith("/Account/Geweigerd", StringComparison.OrdinalIgnoreCase))
            {
                return "nee";
            }

            if (target.StartsWith("/Account/Inloggen", StringComparison.OrdinalIgnoreCase))
            {
                return "inloggen";
            }

            if (endpoint.Method == "GET")
            {
                return $"→ {target}";
            }
        }

        return "ja";
    }

    private static async Task<string> AntiforgeryTokenAsync(TestClient client, string url)
    {
        var (_, page) = await client.GetPageAsync(url);
        return page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
            ?? throw new InvalidOperationException($"No antiforgery token on {url}.");
    }

    public static string Table(IReadOnlyList<Eindpunt> endpoints, IReadOnlyDictionary<(Eindpunt, string), string> answers)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(answers);
        var table = new StringBuilder();
        table.Append("| Pagina of eindpunt | Handler |");
        foreach (var (column, _) in Kolommen)
        {
            table.Append(' ').Append(column).Append(" |");
        }

        table.Append('\n').Append("|---|---|").Append(string.Concat(Kolommen.Select(_ => "---|"))).Append('\n');
        foreach (var endpoint in endpoints)
        {
            table.Append("| `").Append(endpoint.Route).Append("` | ").Append(endpoint.HandlerLabel).Append(" |");
            foreach (var (column, _) in Kolommen)
            {
                table.Append(' ').Append(answers[(endpoint, column)]).Append(" |");
            }

            table.Append('\n');
        }

        return table.ToString();
    }

    private static string Documented()
    {
        var text = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "permissions.md")).ReplaceLineEndings("\n");
        var begin = text.IndexOf(Begin, StringComparison.Ordinal);
        var end = text.IndexOf(End, StringComparison.Ordinal);
        Assert.True(begin >= 0 && end > begin, $"docs/permissions.md has no {Begin} … {End} section.");
        return text[(begin + Begin.Length)..end].Trim('\n') + "\n";
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Leerwerk.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Leerwerk.slnx above {AppContext.BaseDirectory}.");
    }

    /// <summary>An app and demo database of this test alone.</summary>
    public sealed class EigenApp : LeerwerkAppFactory;
}
