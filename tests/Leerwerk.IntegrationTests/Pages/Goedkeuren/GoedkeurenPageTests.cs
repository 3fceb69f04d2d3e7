using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Domain.StageUren;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Goedkeuren;

/// <summary>The praktijkbegeleider's approval link: anonymous, one student, one agreement, GET changes nothing.</summary>
[Collection(WebCollection.Name)]
public sealed class GoedkeurenPageTests(LeerwerkAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Key(DateOnly monday) => StageWeek.Of(monday).ToString();

    private async Task<(Arrange.Placement Placement, string Token)> OpenWeekAsync()
    {
        var monday = Arrange.LastWeekMonday;
        var placement = await Arrange.PlacementAsync(factory, hours:
        [
            (monday, 8m, UrenStatus.Ingevoerd),
            (monday.AddDays(1), 8m, UrenStatus.Ingevoerd),
            (monday.AddDays(3), 7.5m, UrenStatus.Ingevoerd),
            (monday.AddDays(-7), 8m, UrenStatus.Goedgekeurd),
        ]);
        return (placement, await Arrange.ApprovalTokenAsync(factory, placement.AgreementId));
    }

    private async Task<(int Entries, int Audit)> CountsAsync(int agreementId)
    {
        await using var db = factory.CreateSystemDbContext();
        return (await db.StageUren.CountAsync(r => r.LeerwerkovereenkomstId == agreementId, Ct), await db.Audit.CountAsync(Ct));
    }

    [Fact]
    public async Task Get_ValidToken_ShowsOnlyThisStudentsOpenWeekWithFirstNameAndInitial_AndChangesNothing()
    {
        var (placement, token) = await OpenWeekAsync();
        var other = await Arrange.PlacementAsync(factory, hours: [(Arrange.LastWeekMonday, 6m, UrenStatus.Ingevoerd)]);
        var before = await CountsAsync(placement.AgreementId);
        using var client = TestClient.Create(factory);

        var (response, page) = await client.GetPageAsync($"/goedkeuren/{token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal($"{placement.FirstName} Z.", page.QuerySelector("#leerling")!.TextContent);
        var text = page.Body!.TextContent;
        Assert.DoesNotContain(placement.LastName, text, StringComparison.Ordinal);
        Assert.DoesNotContain(other.FirstName, text, StringComparison.Ordinal);
        Assert.DoesNotContain("cijfer", text, StringComparison.OrdinalIgnoreCase);
        var week = Assert.Single(page.QuerySelectorAll("section.week"));
        Assert.Equal($"week-{Key(Arrange.LastWeekMonday)}", week.Id);
        Assert.Contains("23,5", week.QuerySelector("tfoot")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("nav a[href='/Leerlingen']"));
        Assert.Equal(before, await CountsAsync(placement.AgreementId));
    }

    [Fact]
    public async Task PostApprove_WithName_ApprovesTheWeekRecordsTheNameAndAudits()
    {
        var (placement, token) = await OpenWeekAsync();
        using var client = TestClient.Create(factory);
        var key = Key(Arrange.LastWeekMonday);
        var (_, page) = await client.GetPageAsync($"/goedkeuren/{token}");

        var response = await client.SubmitAsync($"/goedkeuren/{token}", page.QuerySelector<IHtmlFormElement>($"#goedkeuren-{key}")!,
            new Dictionary<string, string> { ["Naam"] = "Piet Begeleider" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var entries = await db.StageUren.Where(r => r.LeerwerkovereenkomstId == placement.AgreementId && r.Date >= Arrange.LastWeekMonday).ToListAsync(Ct);
        Assert.Equal(3, entries.Count);
        Assert.All(entries, e => Assert.Equal((UrenStatus.Goedgekeurd, "Piet Begeleider"), (e.Status, e.ReviewedBy)));
        Assert.All(entries, e => Assert.NotNull(e.ReviewedAt));
        var ids = entries.Select(e => e.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(3, await db.Audit.CountAsync(a => a.EntityType == "StageUrenRegel" && ids.Contains(a.EntityId)
            && a.UserName == "Piet Begeleider (praktijkbegeleider via goedkeuringslink)", Ct));

        var (_, after) = await client.GetPageAsync($"/goedkeuren/{token}");
        Assert.Empty(after.QuerySelectorAll("section.week"));
        Assert.NotNull(after.QuerySelector("#alles-goedgekeurd"));
        Assert.StartsWith("Week ", after.QuerySelector(".status")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostCorrect_ADay_KeepsTheOldEntryAndAddsTheSupervisorsHours()
    {
        var (placement, token) = await OpenWeekAsync();
        using var client = TestClient.Create(factory);
        var key = Key(Arrange.LastWeekMonday);
        var tuesday = Arrange.LastWeekMonday.AddDays(1);
        var (_, page) = await client.GetPageAsync($"/goedkeuren/{token}");

        var response = await client.SubmitAsync($"/goedkeuren/{token}", page.QuerySelector<IHtmlFormElement>($"#corrigeren-{key}")!,
            new Dictionary<string, string> { ["Datum"] = Arrange.IsoDate(tuesday), ["Uren"] = "6,25", ["Naam"] = "Piet Begeleider", ["Toelichting"] = "Eerder naar huis" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var day = await db.StageUren.Where(r => r.LeerwerkovereenkomstId == placement.AgreementId && r.Date == tuesday).OrderBy(r => r.Id).ToListAsync(Ct);
        Assert.Equal(2, day.Count);
        Assert.Equal((UrenStatus.Gecorrigeerd, 8m, (int?)day[1].Id), (day[0].Status, day[0].Hours, day[0].CorrectedById));
        Assert.Equal((UrenStatus.Ingevoerd, 6.25m, "Piet Begeleider (praktijkbegeleider)", "Eerder naar huis"), (day[1].Status, day[1].Hours, day[1].EnteredBy, day[1].Note));
        var (_, after) = await client.GetPageAsync($"/goedkeuren/{token}");
        Assert.Contains("21,75", after.QuerySelector($"#week-{key} tfoot")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "6,25", "Vul uw naam in")]
    [InlineData("Piet", "6.25", "gebruik een komma")]
    [InlineData("Piet", "13", "vul 0 tot 12 uur in")]
    public async Task PostCorrect_BadInput_DutchErrorAndNothingChanged(string name, string hours, string expected)
    {
        var (placement, token) = await OpenWeekAsync();
        using var client = TestClient.Create(factory);
        var key = Key(Arrange.LastWeekMonday);
        var (_, page) = await client.GetPageAsync($"/goedkeuren/{token}");
        var before = await CountsAsync(placement.AgreementId);

        var response = await client.SubmitAsync($"/goedkeuren/{token}", page.QuerySelector<IHtmlFormElement>($"#corrigeren-{key}")!,
            new Dictionary<string, string> { ["Datum"] = Arrange.IsoDate(Arrange.LastWeekMonday), ["Uren"] = hours, ["Naam"] = name });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await TestClient.ParseAsync(response)).QuerySelector("#fouten")!.TextContent;
        Assert.Contains(expected, errors, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(placement.AgreementId));
    }

    [Fact]
    public async Task PostCorrect_ADayOutsideTheOpenWeeks_IsRefused()
    {
        var (placement, token) = await OpenWeekAsync();
        using var client = TestClient.Create(factory);
        var (_, page) = await client.GetPageAsync($"/goedkeuren/{token}");
        var before = await CountsAsync(placement.AgreementId);

        var response = await client.SubmitAsync($"/goedkeuren/{token}", page.QuerySelector<IHtmlFormElement>($"#corrigeren-{Key(Arrange.LastWeekMonday)}")!,
            new Dictionary<string, string> { ["Datum"] = Arrange.IsoDate(Arrange.LastWeekMonday.AddDays(-7)), ["Uren"] = "1", ["Naam"] = "Piet" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("week die nog open staat", (await TestClient.ParseAsync(response)).QuerySelector("#fouten")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(placement.AgreementId));
    }

    /// <summary>Entries dated after today, as stored before the check existed: today and tomorrow in this week, and one in January.</summary>
    private async Task<(Arrange.Placement Placement, string Token)> FutureEntriesAsync()
    {
        var placement = await Arrange.PlacementAsync(factory, hours:
        [
            (Arrange.Today, 8m, UrenStatus.Ingevoerd),
            (Arrange.Today.AddDays(1), 8m, UrenStatus.Ingevoerd),
            (Arrange.Today.AddDays(28), 8m, UrenStatus.Ingevoerd),
        ]);
        return (placement, await Arrange.ApprovalTokenAsync(factory, placement.AgreementId));
    }

    [Fact]
    public async Task Get_DaysAfterToday_AreNotOffered()
    {
        var (_, token) = await FutureEntriesAsync();
        using var client = TestClient.Create(factory);

        var (_, page) = await client.GetPageAsync($"/goedkeuren/{token}");

        var week = Assert.Single(page.QuerySelectorAll("section.week"));
        Assert.Equal($"week-{Key(Arrange.Today)}", week.Id);
        Assert.Equal([Arrange.IsoDate(Arrange.Today)], week.QuerySelectorAll("select[name=Datum] option").Select(o => o.GetAttribute("value")));
        Assert.Equal("Totaal8", week.QuerySelector("tfoot")!.TextContent.Trim());
        Assert.DoesNotContain("januari 2027", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostApprove_ThisWeek_ApprovesTodayButNotTomorrow_AndAFutureWeekIsRefused()
    {
        var (placement, token) = await FutureEntriesAsync();
        using var client = TestClient.Create(factory);
        var (_, page) = await client.GetPageAsync($"/goedkeuren/{token}");
        var form = page.QuerySelector<IHtmlFormElement>($"#goedkeuren-{Key(Arrange.Today)}")!;

        var approved = await client.SubmitAsync($"/goedkeuren/{token}", form, new Dictionary<string, string> { ["Naam"] = "Piet Begeleider" });
        var future = await client.SubmitAsync($"/goedkeuren/{token}", form,
            new Dictionary<string, string> { ["Naam"] = "Piet Begeleider", ["Week"] = Key(Arrange.Today.AddDays(28)) });

        Assert.Equal(HttpStatusCode.Redirect, approved.StatusCode);
        Assert.Equal(HttpStatusCode.OK, future.StatusCode);
        Assert.Contains("staat niet (meer) open", (await TestClient.ParseAsync(future)).QuerySelector("#fouten")!.TextContent, StringComparison.Ordinal);
        await using var db = factory.CreateSystemDbContext();
        var states = await db.StageUren.Where(r => r.LeerwerkovereenkomstId == placement.AgreementId).OrderBy(r => r.Date)
            .Select(r => r.Status).ToListAsync(Ct);
        Assert.Equal([UrenStatus.Goedgekeurd, UrenStatus.Ingevoerd, UrenStatus.Ingevoerd], states);
    }

    [Fact]
    public async Task PostCorrect_ADayAfterToday_IsRefusedWithTheDateNamed()
    {
        var (placement, token) = await FutureEntriesAsync();
        using var client = TestClient.Create(factory);
        var (_, page) = await client.GetPageAsync($"/goedkeuren/{token}");
        var before = await CountsAsync(placement.AgreementId);

        var response = await client.SubmitAsync($"/goedkeuren/{token}", page.QuerySelector<IHtmlFormElement>($"#corrigeren-{Key(Arrange.Today)}")!,
            new Dictionary<string, string> { ["Datum"] = Arrange.IsoDate(Arrange.Today.AddDays(28)), ["Uren"] = "6", ["Naam"] = "Piet" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("4 januari 2027 ligt na vandaag", (await TestClient.ParseAsync(response)).QuerySelector("#fouten")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(placement.AgreementId));
    }

    [Fact]
    public async Task Post_WithoutAntiforgeryToken_IsRefusedAndChangesNothing()
    {
        var (placement, token) = await OpenWeekAsync();
        using var client = TestClient.Create(factory);
        var before = await CountsAsync(placement.AgreementId);
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["Week"] = Key(Arrange.LastWeekMonday), ["Naam"] = "Piet" });

        var response = await client.Http.PostAsync(new Uri($"/goedkeuren/{token}?handler=Goedkeuren", UriKind.Relative), content, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, await CountsAsync(placement.AgreementId));
    }

    [Fact]
    public async Task UnknownOrMalformedToken_Dutch404()
    {
        using var client = TestClient.Create(factory);

        foreach (var token in new[] { "bestaatniet", new string('A', 43) })
        {
            var (response, page) = await client.GetPageAsync($"/goedkeuren/{token}");

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Contains("bestaat niet", page.QuerySelector("#link-fout")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task RevokedToken_Dutch410_AndAPostChangesNothing()
    {
        var (placement, token) = await OpenWeekAsync();
        using var client = TestClient.Create(factory);
        var (_, page) = await client.GetPageAsync($"/goedkeuren/{token}");
        var form = page.QuerySelector<IHtmlFormElement>($"#goedkeuren-{Key(Arrange.LastWeekMonday)}")!;
        await using (var db = factory.CreateSystemDbContext())
        {
            var agreement = await db.Leerwerkovereenkomsten.SingleAsync(o => o.Id == placement.AgreementId, Ct);
            Goedkeuringslink.Revoke(agreement, Arrange.UtcNow);
            await db.SaveChangesAsync(Ct);
        }

        var before = await CountsAsync(placement.AgreementId);

        var post = await client.SubmitAsync($"/goedkeuren/{token}", form, new Dictionary<string, string> { ["Naam"] = "Piet Begeleider" });
        var (get, refused) = await client.GetPageAsync($"/goedkeuren/{token}");

        Assert.Equal(HttpStatusCode.Gone, post.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, get.StatusCode);
        Assert.Contains("ingetrokken", refused.QuerySelector("#link-fout")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountsAsync(placement.AgreementId));
        await using var check = factory.CreateSystemDbContext();
        Assert.False(await check.StageUren.AnyAsync(r => r.LeerwerkovereenkomstId == placement.AgreementId && r.ReviewedBy == "Piet Begeleider" && r.Date >= Arrange.LastWeekMonday, Ct));
    }

    [Fact]
    public async Task ExpiredToken_TheDayAfterEndPlus30_Dutch410()
    {
        var end = Arrange.Today.AddDays(-31);
        var placement = await Arrange.PlacementAsync(factory, start: end.AddMonths(-3), end: end, hours: [(end.AddDays(-1), 8m, UrenStatus.Ingevoerd)]);
        var token = await Arrange.ApprovalTokenAsync(factory, placement.AgreementId);
        using var client = TestClient.Create(factory);

        var (response, page) = await client.GetPageAsync($"/goedkeuren/{token}");

        Assert.Equal(HttpStatusCode.Gone, response.StatusCode);
        Assert.Contains("verlopen", page.QuerySelector("#link-fout")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LastValidDay_EndPlus30_StillOpens()
    {
        var end = Arrange.Today.AddDays(-30);
        var placement = await Arrange.PlacementAsync(factory, start: end.AddMonths(-3), end: end, hours: [(end, 8m, UrenStatus.Ingevoerd)]);
        var token = await Arrange.ApprovalTokenAsync(factory, placement.AgreementId);
        using var client = TestClient.Create(factory);

        var (response, page) = await client.GetPageAsync($"/goedkeuren/{token}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(page.QuerySelectorAll("section.week"));
    }
}
