using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Domain.StageUren;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.IntegrationTests.Pages.Leerlingen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Instanties;

/// <summary>Two web instances on one database (PostgreSQL in the postgres tier), started one after the other.</summary>
public sealed class TweeInstanties : IAsyncLifetime
{
    public LeerwerkAppFactory Een { get; } = new();

    public TweedeInstantie Twee { get; }

    public TweeInstanties() => Twee = new TweedeInstantie(Een);

    /// <summary>A client whose requests go to the two instances in turn, starting with the first.</summary>
    public (TestClient Client, Afwisselend Balancer) Client()
    {
        var balancer = new Afwisselend(Een.Server.CreateHandler(), Twee.Server.CreateHandler());
        return (new TestClient(new HttpClient(balancer) { BaseAddress = new Uri("http://localhost") }), balancer);
    }

    public async ValueTask InitializeAsync()
    {
        await Een.InitializeAsync();
        await Twee.InitializeAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Twee.DisposeAsync();
        await Een.DisposeAsync();
    }
}

/// <summary>
/// Issue 18, item 3: several stateless instances behind a load balancer that alternates every request. A login on one
/// is valid on the other (the key ring is in the database), a form from one is accepted by the other (antiforgery), a
/// change on one is seen on the other at once (also on the worklist, whose judgement each instance keeps while the data
/// versions are the same: ADR 0016), and the praktijkbegeleider's approval
/// link works on both. That the background work runs once is <see cref="Herinneringen.BackgroundLeaseTests"/>.
/// </summary>
public sealed class TweeInstantiesTests(TweeInstanties instanties) : IClassFixture<TweeInstanties>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LoginOnOne_FormFromOnePostedToTheOther_AndTheChangeSeenOnBoth()
    {
        var student = await TestStudents.CreateAsync(instanties.Een, "Noor");
        var (client, balancer) = instanties.Client();
        using var http = client;

        // The login form comes from the first instance and is posted to the second.
        var login = await client.SubmitFormAsync("/Account/Inloggen", "form", new Dictionary<string, string>
        {
            ["Input.UserName"] = "coordinator",
            ["Input.Password"] = Data.Demo.DemoUsers.Password,
        });
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal([0, 1], balancer.Served);

        // The cookie the second instance set opens the pages of both.
        for (var i = 0; i < 2; i++)
        {
            var (home, _) = await client.GetPageAsync("/Leerlingen");
            Assert.Equal(HttpStatusCode.OK, home.StatusCode);
        }

        // The edit form (and its antiforgery token) from the first instance, posted to the second.
        var edit = await client.SubmitFormAsync($"/Leerlingen/Edit/{student.Id}", "form.stacked", new Dictionary<string, string>
        {
            ["Input.FirstName"] = "Noortje",
        });
        Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);

        // At once, on both: no instance keeps an old copy.
        for (var i = 0; i < 2; i++)
        {
            var (response, page) = await client.GetPageAsync($"/Leerlingen/Details/{student.Id}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Noortje", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        }

        Assert.Equal([0, 1, 0, 1, 0, 1, 0, 1], balancer.Served);
    }

    [Fact]
    public async Task Worklist_KeptOnBoth_AChangeOnOne_SeenOnBothAtOnce()
    {
        var klas = Arrange.NewClassName();
        var student = (await Arrange.UnsignedPlacementsAsync(instanties.Een, klas, 1))[0];
        var (client, balancer) = instanties.Client();
        using var http = client;
        await client.SubmitFormAsync("/Account/Inloggen", "form", new Dictionary<string, string>
        {
            ["Input.UserName"] = "coordinator",
            ["Input.Password"] = Data.Demo.DemoUsers.Password,
        });

        // Both instances judge the school and the dossier and keep them; each shows the old name.
        for (var i = 0; i < 2; i++)
        {
            Assert.Contains(student.LastName, await E6RowAsync(client, klas), StringComparison.Ordinal);
        }

        for (var i = 0; i < 2; i++)
        {
            Assert.Contains(student.LastName, await DossierTitleAsync(client, student.Id), StringComparison.Ordinal);
        }

        // A change stored by the second instance (its own DbContext, as a page's save): it raises the school's data version.
        await using (var db = instanties.Twee.CreateSystemDbContext())
        {
            (await db.Leerlingen.SingleAsync(l => l.Id == student.Id, Ct)).LastName = "Hernoemd";
            await db.SaveChangesAsync(Ct);
        }

        // Neither instance serves its kept worklist or dossier any more.
        for (var i = 0; i < 2; i++)
        {
            Assert.Contains("Hernoemd", await E6RowAsync(client, klas), StringComparison.Ordinal);
        }

        for (var i = 0; i < 2; i++)
        {
            Assert.Contains("Hernoemd", await DossierTitleAsync(client, student.Id), StringComparison.Ordinal);
        }

        Assert.Equal([0, 1, 0, 1, 0, 1, 0, 1, 0, 1], balancer.Served);
    }

    private static async Task<string> DossierTitleAsync(TestClient client, int id)
    {
        var (response, page) = await client.GetPageAsync($"/Leerlingen/Details/{id}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return page.QuerySelector("h1")!.TextContent;
    }

    private static async Task<string> E6RowAsync(TestClient client, string klas)
    {
        var (response, page) = await client.GetPageAsync($"/Bevindingen?regel=E6&klas={klas}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return Assert.Single(page.QuerySelectorAll("#bevindingen tbody tr")).TextContent;
    }

    [Fact]
    public async Task ApprovalLink_OpenedOnOne_ApprovedOnTheOther_SeenApprovedOnBoth()
    {
        var monday = Arrange.LastWeekMonday;
        var placement = await Arrange.PlacementAsync(instanties.Een, hours:
        [
            (monday, 8m, UrenStatus.Ingevoerd),
            (monday.AddDays(1), 7.5m, UrenStatus.Ingevoerd),
        ]);
        var token = await Arrange.ApprovalTokenAsync(instanties.Een, placement.AgreementId);
        var (client, balancer) = instanties.Client();
        using var http = client;
        var key = StageWeek.Of(monday).ToString();

        var (_, page) = await client.GetPageAsync($"/goedkeuren/{token}");
        var response = await client.SubmitAsync($"/goedkeuren/{token}", page.QuerySelector<IHtmlFormElement>($"#goedkeuren-{key}")!,
            new Dictionary<string, string> { ["Naam"] = "Piet Begeleider" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        for (var i = 0; i < 2; i++)
        {
            var (_, after) = await client.GetPageAsync($"/goedkeuren/{token}");
            Assert.NotNull(after.QuerySelector("#alles-goedgekeurd"));
        }

        Assert.Equal([0, 1, 0, 1], balancer.Served);
        await using var db = instanties.Twee.CreateSystemDbContext();
        var entries = await db.StageUren.Where(r => r.LeerwerkovereenkomstId == placement.AgreementId).ToListAsync(Ct);
        Assert.All(entries, e => Assert.Equal((UrenStatus.Goedgekeurd, "Piet Begeleider"), (e.Status, e.ReviewedBy)));
    }
}
