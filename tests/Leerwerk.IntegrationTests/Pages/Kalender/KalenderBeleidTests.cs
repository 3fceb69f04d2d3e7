using System.Net;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Kalender;

/// <summary>The school's stage-hour policy (E3): its form on the calendar page posts to Kalender/Beleid.</summary>
[Collection(WebCollection.Name)]
public sealed class KalenderBeleidTests(LeerwerkAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Beleid_EditorSetsHoursThenSwitchesE3Off_FromTheCalendarPage()
    {
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        decimal? original;
        await using (var db = factory.CreateSystemDbContext())
        {
            original = (await db.StageurenBeleid.SingleOrDefaultAsync(b => b.SchoolId == schoolId, Ct))?.UrenPerSchooljaar ?? 640m;
        }

        using var client = await TestClient.LoggedInAsync(factory);
        try
        {
            var set = await client.SubmitFormAsync("/Kalender?jaar=2026", "#beleid-form", new Dictionary<string, string> { ["BeleidForm.UrenPerSchooljaar"] = "600,5" });
            Assert.Equal(HttpStatusCode.Redirect, set.StatusCode);
            Assert.Equal("/Kalender?jaar=2026", set.Headers.Location!.OriginalString);
            var (_, page) = await client.GetPageAsync("/Kalender?jaar=2026");
            Assert.Equal("600,5 uur stage per schooljaar.", page.GetElementById("beleid")!.TextContent);
            // Read back from numeric(7,2) on PostgreSQL as 600.50: the form shows it as typed, not "600,50".
            Assert.Equal("600,5", page.QuerySelector("#beleid-form input[name='BeleidForm.UrenPerSchooljaar']")!.GetAttribute("value"));

            var off = await client.SubmitFormAsync("/Kalender/Beleid?jaar=2026", "#beleid-form", new Dictionary<string, string> { ["BeleidForm.Uit"] = "true" });
            Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
            (_, page) = await client.GetPageAsync("/Kalender?jaar=2026");
            Assert.Equal("Geen schoolbeleid: regel E3 staat uit.", page.GetElementById("beleid")!.TextContent);
            await using var db = factory.CreateSystemDbContext();
            Assert.True(await db.Audit.AnyAsync(a => a.EntityType == "StageurenBeleid" && a.UserName == "coordinator", Ct));
        }
        finally
        {
            await using var db = factory.CreateSystemDbContext();
            var beleid = await db.StageurenBeleid.SingleOrDefaultAsync(b => b.SchoolId == schoolId, Ct);
            if (beleid is not null)
            {
                beleid.UrenPerSchooljaar = original;
                await db.SaveChangesAsync(Ct);
            }
        }
    }

    [Theory]
    [InlineData("")]
    [InlineData("0")]
    [InlineData("1281")]
    public async Task Beleid_HoursMissingOrOutOfRange_IsRefusedInDutchOnItsOwnPage(string uren)
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync("/Kalender?jaar=2026", "#beleid-form", new Dictionary<string, string> { ["BeleidForm.UrenPerSchooljaar"] = uren });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Contains("vul een aantal tussen 0 en 1280 in", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#beleid-form"));
        Assert.Equal("/Kalender?jaar=2026", page.QuerySelector("a[href^='/Kalender?']")!.GetAttribute("href"));
    }

    [Fact]
    public async Task Beleid_Mentor_SeesThePolicyButNoFormAndCannotPost()
    {
        using var client = await TestClient.LoggedInAsync(factory, "mentor");

        var (_, calendar) = await client.GetPageAsync("/Kalender?jaar=2026");
        var (refused, _) = await client.GetPageAsync("/Kalender/Beleid?jaar=2026");

        Assert.NotNull(calendar.GetElementById("beleid"));
        Assert.Null(calendar.GetElementById("beleid-form"));
        Assert.Equal("/Account/Geweigerd", refused.Headers.Location!.AbsolutePath);
    }
}
