using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Data.Identity;
using Leerwerk.Domain.Scholen;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Besturen;

/// <summary>
/// Who sees which besturen: a beheerder of a bestuur only its own, a beheerder of one school only that school's, both
/// read-only (a post is refused); a coördinator not the page at all.
/// </summary>
public sealed class BesturenZichtTests(LeegAppFactory factory) : IClassFixture<LeegAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task BoardAndSchoolBeheerders_SeeOnlyTheirOwnBesturen_ReadOnly_CoordinatorRefused()
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        int noord, zuid, schoolZuid;
        await using (var db = factory.CreateSystemDbContext())
        {
            var besturen = new[] { new Bestuur { Name = $"Bestuur Noord {suffix}" }, new Bestuur { Name = $"Bestuur Zuid {suffix}" } };
            db.Besturen.AddRange(besturen);
            await db.SaveChangesAsync(Ct);
            var scholen = besturen.Select((b, i) => new School { Name = $"School {i} {suffix}", BevoegdGezag = b.Name, Brin = $"2{i}AB", Vestiging = "00", BestuurId = b.Id }).ToList();
            db.Scholen.AddRange(scholen);
            await db.SaveChangesAsync(Ct);
            (noord, zuid, schoolZuid) = (besturen[0].Id, besturen[1].Id, scholen[1].Id);
        }

        var bestuurder = await Arrange.UserAsync(factory, $"bb{suffix}", Roles.Beheerder);
        await using (var db = factory.CreateSystemDbContext())
        {
            await db.Users.Where(u => u.Id == bestuurder.Id).ExecuteUpdateAsync(u => u.SetProperty(x => x.BestuurId, noord), Ct);
        }

        var schoolbeheerder = await Arrange.UserAsync(factory, $"sb{suffix}", Roles.Beheerder, schoolZuid);
        var coordinator = await Arrange.UserAsync(factory, $"co{suffix}", Roles.Coordinator, schoolZuid);

        using var board = await TestClient.LoggedInAsync(factory, bestuurder.UserName!, Arrange.Password);
        Assert.Equal([noord], await VisibleAsync(board));
        using var school = await TestClient.LoggedInAsync(factory, schoolbeheerder.UserName!, Arrange.Password);
        Assert.Equal([zuid], await VisibleAsync(school));

        var (_, page) = await school.GetPageAsync("/Besturen");
        Assert.NotNull(page.QuerySelector("#alleen-lezen"));
        Assert.Null(page.QuerySelector("#bestuur-formulier"));
        var token = page.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        using var post = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["bestuurId"] = zuid.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["schoolId"] = schoolZuid.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        var refused = await school.Http.PostAsync(new Uri("/Besturen?handler=Uithalen", UriKind.Relative), post, Ct);
        Assert.Equal("/Account/Geweigerd", refused.Headers.Location!.AbsolutePath);
        await using (var db = factory.CreateSystemDbContext())
        {
            Assert.Equal(zuid, await db.Scholen.Where(s => s.Id == schoolZuid).Select(s => s.BestuurId).SingleAsync(Ct));
        }

        using var coordinatorClient = await TestClient.LoggedInAsync(factory, coordinator.UserName!, Arrange.Password);
        var geweigerd = await coordinatorClient.Http.GetAsync(new Uri("/Besturen", UriKind.Relative), Ct);
        Assert.Equal("/Account/Geweigerd", geweigerd.Headers.Location!.AbsolutePath);
    }

    private static async Task<List<int>> VisibleAsync(TestClient client)
    {
        var (response, page) = await client.GetPageAsync("/Besturen");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return [.. page.QuerySelectorAll("section.bestuur").Select(s => int.Parse(s.GetAttribute("data-bestuur")!, System.Globalization.CultureInfo.InvariantCulture))];
    }
}
