using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Domain.StageUren;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.StageUren;

/// <summary>The week grid: prefilled from the rooster, one Bevestigen, corrections for changed days, per-cell Dutch errors.</summary>
[Collection(WebCollectionB.Name)]
public sealed class WeekPageTests(LeerwerkAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static DateOnly Monday => Arrange.LastWeekMonday;

    private static string Url(string klas) => $"/StageUren/Week?week={StageWeek.Of(Monday)}&klas={klas}";

    private static string NewClass() => $"W{Guid.NewGuid():N}"[..9];

    [Fact]
    public async Task Get_Class_PrefillsFromEntriesElseTheRooster_WithALabelPerCell()
    {
        var klas = NewClass();
        var placement = await Arrange.PlacementAsync(factory, klas, hours: [(Monday, 6.5m, UrenStatus.Goedgekeurd)]);
        using var client = await TestClient.LoggedInAsync(factory, "mentor");

        var (response, page) = await client.GetPageAsync(Url(klas));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(page.QuerySelectorAll("#weekrooster tbody tr"));
        var values = row.QuerySelectorAll<IHtmlInputElement>("input[type=text]").Select(i => i.Value).ToList();
        Assert.Equal(["6,5", "8", "", "7,5", ""], values);
        var label = page.QuerySelector("label[for='uren-0-1']")!.TextContent;
        Assert.Equal($"Uren van {placement.FirstName} {placement.LastName} op {UrenInvoer.Day(Monday.AddDays(1))}", label);
        Assert.Contains("goedgekeurd", page.QuerySelector("#status-0-0")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bevestigen_Unchanged_EntersTheRoosterDays_AndAgainChangesNothing()
    {
        var klas = NewClass();
        var placement = await Arrange.PlacementAsync(factory, klas, hours: [(Monday, 8m, UrenStatus.Goedgekeurd)]);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync(Url(klas), "form#weekrooster", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var entries = await db.StageUren.Where(r => r.LeerwerkovereenkomstId == placement.AgreementId).OrderBy(r => r.Date).ToListAsync(Ct);
        Assert.Equal([(Monday, 8m, UrenStatus.Goedgekeurd), (Monday.AddDays(1), 8m, UrenStatus.Ingevoerd), (Monday.AddDays(3), 7.5m, UrenStatus.Ingevoerd)],
            entries.Select(e => (e.Date, e.Hours, e.Status)).ToList());
        Assert.Equal("coordinator", entries[1].EnteredBy);

        var again = await client.SubmitFormAsync(Url(klas), "form#weekrooster", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(3, await db.StageUren.CountAsync(r => r.LeerwerkovereenkomstId == placement.AgreementId, Ct));
    }

    [Fact]
    public async Task Bevestigen_ChangedDay_IsACorrection_AndAnEmptyRoosterDayCanBeFilled()
    {
        var klas = NewClass();
        var placement = await Arrange.PlacementAsync(factory, klas, hours: [(Monday, 8m, UrenStatus.Goedgekeurd)]);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync(Url(klas), "form#weekrooster", new Dictionary<string, string>
        {
            ["Rijen[0].Uren[0]"] = "5,25",
            ["Rijen[0].Uren[2]"] = "3",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var monday = await db.StageUren.Where(r => r.LeerwerkovereenkomstId == placement.AgreementId && r.Date == Monday).OrderBy(r => r.Id).ToListAsync(Ct);
        Assert.Equal([(UrenStatus.Gecorrigeerd, 8m), (UrenStatus.Ingevoerd, 5.25m)], monday.Select(e => (e.Status, e.Hours)).ToList());
        Assert.Equal(monday[1].Id, monday[0].CorrectedById);
        Assert.Equal(3m, (await db.StageUren.SingleAsync(r => r.LeerwerkovereenkomstId == placement.AgreementId && r.Date == Monday.AddDays(2), Ct)).Hours);
    }

    [Fact]
    public async Task Bevestigen_BadCells_PerCellDutchErrors_OtherInputKept_NothingSaved()
    {
        var klas = NewClass();
        var first = await Arrange.PlacementAsync(factory, klas);
        var second = await Arrange.PlacementAsync(factory, klas);
        using var client = await TestClient.LoggedInAsync(factory);
        var (_, grid) = await client.GetPageAsync(Url(klas));
        var rowOf = grid.QuerySelectorAll("#weekrooster input[name$='.LeerwerkovereenkomstId']").Select(i => i.GetAttribute("value")).ToList();
        var bad = rowOf.IndexOf(second.AgreementId.ToString(CultureInfo.InvariantCulture));
        var good = 1 - bad;

        var response = await client.SubmitAsync(Url(klas), grid.QuerySelector<IHtmlFormElement>("form#weekrooster")!, new Dictionary<string, string>
        {
            [$"Rijen[{bad}].Uren[1]"] = "7.5",
            [$"Rijen[{bad}].Uren[3]"] = "13",
            [$"Rijen[{good}].Uren[0]"] = "6,75",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        var tuesdayError = page.QuerySelector($"#fout-{bad}-1")!.TextContent;
        Assert.StartsWith($"{second.FirstName} {second.LastName}, {UrenInvoer.Day(Monday.AddDays(1))}", tuesdayError, StringComparison.Ordinal);
        Assert.Contains("komma", tuesdayError, StringComparison.Ordinal);
        Assert.Contains("0 tot 12", page.QuerySelector($"#fout-{bad}-3")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", page.QuerySelector($"#uren-{bad}-1")!.GetAttribute("aria-invalid"));
        Assert.Equal("7.5", page.QuerySelector<IHtmlInputElement>($"#uren-{bad}-1")!.Value);
        Assert.Equal("6,75", page.QuerySelector<IHtmlInputElement>($"#uren-{good}-0")!.Value);
        Assert.Equal(2, page.QuerySelectorAll("#fouten li").Length);
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.StageUren.AnyAsync(r => r.LeerwerkovereenkomstId == first.AgreementId || r.LeerwerkovereenkomstId == second.AgreementId, Ct));
    }

    [Fact]
    public async Task ThirtyStudents_OneScreen_OneBevestigen()
    {
        var klas = NewClass();
        for (var i = 0; i < 30; i++)
        {
            await Arrange.PlacementAsync(factory, klas);
        }

        using var client = await TestClient.LoggedInAsync(factory);
        var (_, page) = await client.GetPageAsync(Url(klas));
        Assert.Equal(30, page.QuerySelectorAll("#weekrooster tbody tr").Length);
        Assert.Equal(150, page.QuerySelectorAll("#weekrooster input[type=text]").Length);
        Assert.Equal(150, page.QuerySelectorAll("#weekrooster label.visually-hidden").Length);

        var response = await client.SubmitAsync(Url(klas), page.QuerySelector<IHtmlFormElement>("form#weekrooster")!, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        Assert.Equal(90, await db.StageUren.CountAsync(r => r.Date >= Monday && r.Date <= Monday.AddDays(4)
            && db.Leerlingen.Any(l => l.Id == r.LeerlingId && l.ClassName == klas), Ct));
    }

    [Fact]
    public async Task Examensecretaris_MayNotEnterHours()
    {
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var response = (await client.GetPageAsync("/StageUren/Week")).Response;

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Geweigerd", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
