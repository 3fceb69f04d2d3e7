using System.Net;
using Leerwerk.Domain.StageUren;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.StageUren;

/// <summary>The ledger per student: history kept on correction, rejection with a reason, Dutch errors naming the day.</summary>
[Collection(WebCollectionB.Name)]
public sealed class RegistratiePageTests(LeerwerkAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Monday => Arrange.LastWeekMonday;

    private Task<Arrange.Placement> PlacementAsync() => Arrange.PlacementAsync(factory, hours:
    [
        (Monday, 8m, UrenStatus.Goedgekeurd),
        (Monday.AddDays(1), 8m, UrenStatus.Ingevoerd),
        (Monday.AddDays(3), 7.5m, UrenStatus.Ingevoerd),
    ]);

    [Fact]
    public async Task Get_ShowsEveryEntryWithWhoWhenStatusAndTotals()
    {
        var placement = await PlacementAsync();
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync($"/StageUren/Registratie/{placement.LeerlingId}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("8", page.QuerySelector("#goedgekeurde-uren")!.TextContent);
        Assert.Equal("1", page.QuerySelector("#stagedagen")!.TextContent);
        Assert.Equal("15,5", page.QuerySelector("#open-uren")!.TextContent);
        var rows = page.QuerySelectorAll($"#overeenkomst-{placement.AgreementId} tbody tr");
        Assert.Equal(3, rows.Length);
        var approved = rows[^1].TextContent;
        Assert.Contains("goedgekeurd", approved, StringComparison.Ordinal);
        Assert.Contains("Piet Begeleider", approved, StringComparison.Ordinal);
        Assert.Contains("coordinator, ", approved, StringComparison.Ordinal);
        Assert.Contains(Monday.ToString("d MMMM yyyy", Domain.Nl.Culture), approved, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostOpslaan_ChangedHours_CorrectsWithHistoryAndUpdatesTotals()
    {
        var placement = await PlacementAsync();
        using var client = await TestClient.LoggedInAsync(factory);
        var url = $"/StageUren/Registratie/{placement.LeerlingId}";

        var response = await client.SubmitFormAsync(url, "form#invoer", new Dictionary<string, string>
        {
            ["Invoer.LeerwerkovereenkomstId"] = placement.AgreementId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Invoer.Datum"] = Arrange.IsoDate(Monday),
            ["Invoer.Uren"] = "6,75",
            ["Invoer.Toelichting"] = "Tandarts",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var day = await db.StageUren.Where(r => r.LeerwerkovereenkomstId == placement.AgreementId && r.Date == Monday).OrderBy(r => r.Id).ToListAsync(Ct);
        Assert.Equal(2, day.Count);
        Assert.Equal((UrenStatus.Gecorrigeerd, 8m, (int?)day[1].Id), (day[0].Status, day[0].Hours, day[0].CorrectedById));
        Assert.Equal((UrenStatus.Ingevoerd, 6.75m, "coordinator", "Tandarts"), (day[1].Status, day[1].Hours, day[1].EnteredBy, day[1].Note));

        var (_, page) = await client.GetPageAsync(url);
        Assert.Equal("0", page.QuerySelector("#goedgekeurde-uren")!.TextContent);
        Assert.Equal("22,25", page.QuerySelector("#open-uren")!.TextContent);
        Assert.Equal($"#regel-{day[1].Id}", page.QuerySelector($"#regel-{day[0].Id} a")!.GetAttribute("href"));
        Assert.Contains("gecorrigeerd", page.QuerySelector($"#regel-{day[0].Id}")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostOpslaan_EmptyDay_AddsAnEnteredEntry()
    {
        var placement = await PlacementAsync();
        using var client = await TestClient.LoggedInAsync(factory, "mentor");

        var response = await client.SubmitFormAsync($"/StageUren/Registratie/{placement.LeerlingId}", "form#invoer", new Dictionary<string, string>
        {
            ["Invoer.Datum"] = Arrange.IsoDate(Monday.AddDays(2)),
            ["Invoer.Uren"] = "4",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var entry = await db.StageUren.SingleAsync(r => r.LeerwerkovereenkomstId == placement.AgreementId && r.Date == Monday.AddDays(2), Ct);
        Assert.Equal((UrenStatus.Ingevoerd, 4m, "mentor"), (entry.Status, entry.Hours, entry.EnteredBy));
    }

    [Theory]
    [InlineData(0, "7,3", "kwartieren")]
    [InlineData(0, "12,5", "0 tot 12")]
    [InlineData(0, "7.5", "komma")]
    [InlineData(-400, "4", "valt buiten de leer-werkovereenkomst")]
    public async Task PostOpslaan_BadInput_DutchErrorNamingTheDayAndNothingChanged(int daysAhead, string hours, string expected)
    {
        var placement = await PlacementAsync();
        using var client = await TestClient.LoggedInAsync(factory);
        var date = Monday.AddDays(daysAhead);

        var response = await client.SubmitFormAsync($"/StageUren/Registratie/{placement.LeerlingId}", "form#invoer", new Dictionary<string, string>
        {
            ["Invoer.Datum"] = Arrange.IsoDate(date),
            ["Invoer.Uren"] = hours,
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await TestClient.ParseAsync(response)).QuerySelector(".form-errors")!.TextContent;
        Assert.Contains(expected, errors, StringComparison.Ordinal);
        Assert.Contains(date.ToString("d MMMM yyyy", Domain.Nl.Culture), errors, StringComparison.Ordinal);
        await using var db = factory.CreateSystemDbContext();
        Assert.Equal(3, await db.StageUren.CountAsync(r => r.LeerwerkovereenkomstId == placement.AgreementId, Ct));
    }

    [Fact]
    public async Task PostAfkeuren_WithReason_RejectsAndRecordsWho_WithoutReason_DutchError()
    {
        var placement = await PlacementAsync();
        await using var db = factory.CreateSystemDbContext();
        var tuesday = await db.StageUren.SingleAsync(r => r.LeerwerkovereenkomstId == placement.AgreementId && r.Date == Monday.AddDays(1), Ct);
        using var client = await TestClient.LoggedInAsync(factory);
        var url = $"/StageUren/Registratie/{placement.LeerlingId}?regel={tuesday.Id}";

        var empty = await client.SubmitFormAsync(url, "form#afkeuren", new Dictionary<string, string> { ["Afkeur.Reden"] = "" });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        Assert.Contains("Vul de reden van afkeuren in", (await TestClient.ParseAsync(empty)).QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);

        var response = await client.SubmitFormAsync(url, "form#afkeuren", new Dictionary<string, string> { ["Afkeur.Reden"] = "Was ziek thuis" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await db.Entry(tuesday).ReloadAsync(Ct);
        Assert.Equal((UrenStatus.Afgekeurd, "Was ziek thuis", "coordinator"), (tuesday.Status, tuesday.Note, tuesday.ReviewedBy));
        var (_, page) = await client.GetPageAsync($"/StageUren/Registratie/{placement.LeerlingId}");
        Assert.Equal("8", page.QuerySelector("#afgekeurde-uren")!.TextContent);
        Assert.Equal("7,5", page.QuerySelector("#open-uren")!.TextContent);
    }

    [Fact]
    public async Task Examensecretaris_SeesTheLedgerButCannotChangeIt()
    {
        var placement = await PlacementAsync();
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");
        var url = $"/StageUren/Registratie/{placement.LeerlingId}";

        var (response, page) = await client.GetPageAsync(url);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.QuerySelector("form#invoer"));

        using var coordinator = await TestClient.LoggedInAsync(factory);
        var (_, editable) = await coordinator.GetPageAsync(url);
        var post = await client.SubmitAsync(url, (AngleSharp.Html.Dom.IHtmlFormElement)editable.QuerySelector("form#invoer")!,
            new Dictionary<string, string> { ["Invoer.Datum"] = Arrange.IsoDate(Monday), ["Invoer.Uren"] = "1" });
        Assert.NotEqual(HttpStatusCode.Redirect, post.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        Assert.Equal(3, await db.StageUren.CountAsync(r => r.LeerwerkovereenkomstId == placement.AgreementId, Ct));
    }

    [Fact]
    public async Task Demo_LedgerHasCorrectedRejectedAndOpenEntries_AndShowsTheHistory()
    {
        await using var db = factory.CreateSystemDbContext();
        var corrected = await db.StageUren.Where(r => r.Status == UrenStatus.Gecorrigeerd && r.CorrectedById != null && r.EnteredBy == "coordinator")
            .OrderBy(r => r.Id).FirstAsync(Ct);
        var replacement = await db.StageUren.SingleAsync(r => r.Id == corrected.CorrectedById, Ct);
        Assert.Equal((UrenStatus.Goedgekeurd, corrected.Hours - 0.5m, corrected.Date), (replacement.Status, replacement.Hours, replacement.Date));
        Assert.True(await db.StageUren.AnyAsync(r => r.Status == UrenStatus.Afgekeurd && r.Note != null && r.EnteredBy == "coordinator", Ct));
        Assert.True(await db.StageUren.AnyAsync(r => r.Status == UrenStatus.Ingevoerd && r.EnteredBy == "coordinator", Ct));
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync($"/StageUren/Registratie/{corrected.LeerlingId}");

        Assert.Equal($"#regel-{replacement.Id}", page.QuerySelector($"#regel-{corrected.Id} a")!.GetAttribute("href"));
    }

    [Fact]
    public async Task OtherSchoolsStudent_IsNotFound()
    {
        var (records, _) = await Arrange.OtherSchoolUserAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetPageAsync($"/StageUren/Registratie/{records.LeerlingId}")).Response.StatusCode);
    }

    [Fact]
    public async Task PostOpslaan_DayAfterToday_IsRefusedWithTheDateNamed_TodayIsAccepted()
    {
        var placement = await PlacementAsync();
        using var client = await TestClient.LoggedInAsync(factory);
        var url = $"/StageUren/Registratie/{placement.LeerlingId}";
        var future = Arrange.Today.AddDays(28);
        Dictionary<string, string> Day(DateOnly date) => new()
        {
            ["Invoer.LeerwerkovereenkomstId"] = placement.AgreementId.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Invoer.Datum"] = Arrange.IsoDate(date),
            ["Invoer.Uren"] = "8",
        };

        var refused = await client.SubmitFormAsync(url, "form#invoer", Day(future));
        var accepted = await client.SubmitFormAsync(url, "form#invoer", Day(Arrange.Today));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("4 januari 2027 ligt na vandaag", (await TestClient.ParseAsync(refused)).Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.StageUren.AnyAsync(r => r.LeerwerkovereenkomstId == placement.AgreementId && r.Date == future, Ct));
        Assert.True(await db.StageUren.AnyAsync(r => r.LeerwerkovereenkomstId == placement.AgreementId && r.Date == Arrange.Today, Ct));
    }
}
