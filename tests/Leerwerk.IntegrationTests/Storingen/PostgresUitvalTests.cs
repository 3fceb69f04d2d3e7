using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.IntegrationTests.Pages.Leerlingen;
using Leerwerk.Web.Infrastructure.Storingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Leerwerk.IntegrationTests.Storingen;

/// <summary>
/// PostgreSQL stops while a coördinator works: every page, form and API call answers 503 with a Dutch explanation
/// (no 500, no stack trace), /healthz 503; when the server is back, the same app serves again without a restart and
/// what was saved before is there. It starts its own cluster, so it runs the same in both integration tiers.
/// </summary>
public sealed class PostgresUitvalTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task PostgresStopped_Gives503WithDutchPage_AndTheAppRecoversWhenItReturns()
    {
        Assert.SkipWhen(WegwerpPostgres.BinFolder is null, "PostgreSQL is niet geïnstalleerd (Debian-pakket postgresql): geen eigen cluster om te stoppen.");
        await using var cluster = await WegwerpPostgres.StartAsync(Ct);
        await using var app = new EigenDatabaseAppFactory("Postgres", cluster.Verbinding("leerwerk_storing"));
        using var client = await TestClient.LoggedInAsync(app);
        var (api, _) = await Arrange.DemoApiClientAsync(app);
        using var apiClient = api;
        var saved = TestStudents.NewNumber();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync("/Leerlingen/Nieuw", "form.stacked", TestStudents.ValidForm(saved))).StatusCode);
        int savedId;
        await using (var db = app.CreateSystemDbContext())
        {
            savedId = (await db.Leerlingen.SingleAsync(l => l.Leerlingnummer == saved, Ct)).Id;
        }

        // The form is on the user's screen when the server stops; they press "Opslaan" during the outage.
        var (_, nieuw) = await client.GetPageAsync("/Leerlingen/Nieuw");
        var form = nieuw.QuerySelector<IHtmlFormElement>("form.stacked")!;
        var lost = TestStudents.NewNumber();

        await cluster.StopAsync(Ct);

        var (get, page) = await client.GetPageAsync($"/Leerlingen/Details/{savedId}");
        AssertStoringPage(get, page);
        var post = await client.SubmitAsync("/Leerlingen/Nieuw", form, TestStudents.ValidForm(lost));
        AssertStoringPage(post, await TestClient.ParseAsync(post));
        var problem = await apiClient.GetAsync(new Uri("/api/v1/leerlingen", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.ServiceUnavailable, problem.StatusCode);
        Assert.Equal("application/problem+json", problem.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Tijdelijk niet beschikbaar", await problem.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        // The load balancer asks without a login cookie (with one, the login check already answers 503).
        using var loadBalancer = app.CreateClient();
        Assert.Equal(HttpStatusCode.ServiceUnavailable, (await loadBalancer.GetAsync(new Uri("/healthz", UriKind.Relative), Ct)).StatusCode);

        // A warning per failed request, and no unhandled-exception error: an outage is no bug.
        Assert.Equal(3, app.Entries.Count(e => e.Level == LogLevel.Warning && e.Message.StartsWith("Database fault Onbereikbaar", StringComparison.Ordinal)));
        // (EF Core and Npgsql log the failed command themselves; the app and ASP.NET Core must not call it unhandled.)
        Assert.DoesNotContain(app.Entries, e => e.Level >= LogLevel.Error
            && (e.Category.StartsWith("Leerwerk", StringComparison.Ordinal) || e.Category.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal)));

        await cluster.StartAgainAsync(Ct);

        var (back, details) = await client.GetPageAsync($"/Leerlingen/Details/{savedId}");
        Assert.Equal(HttpStatusCode.OK, back.StatusCode);
        Assert.Contains(saved, details.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await loadBalancer.GetAsync(new Uri("/healthz", UriKind.Relative), Ct)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await apiClient.GetAsync(new Uri("/api/v1/leerlingen", UriKind.Relative), Ct)).StatusCode);
        await using (var db = app.CreateSystemDbContext())
        {
            Assert.True(await db.Leerlingen.AnyAsync(l => l.Id == savedId, Ct));
            Assert.False(await db.Leerlingen.AnyAsync(l => l.Leerlingnummer == lost, Ct));
        }
    }

    private static void AssertStoringPage(HttpResponseMessage response, IHtmlDocument page)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(StoringAntwoord.RetryAfterSeconds), response.Headers.RetryAfter?.Delta);
        Assert.Equal(StoringAntwoord.OnbereikbaarTitel, page.QuerySelector("h1")?.TextContent);
        var text = page.Body!.TextContent;
        Assert.Contains("Wat u net deed, is niet opgeslagen.", text, StringComparison.Ordinal);
        Assert.Contains("over een paar minuten opnieuw", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Npgsql", text, StringComparison.Ordinal);
    }
}
