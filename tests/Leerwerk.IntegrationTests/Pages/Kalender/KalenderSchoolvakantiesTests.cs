using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.IntegrationTests.Pages.Inrichting;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Kalender;

/// <summary>A new school's calendar starts from the national school holidays of its regio.</summary>
public sealed class KalenderSchoolvakantiesTests(LeegAppFactory factory) : IClassFixture<LeegAppFactory>
{
    [Fact]
    public async Task SchoolInRegioNoord_KalenderOfAYearWithoutCalendar_ShowsTheNoordHolidaysOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        using var beheerder = await InrichtingForms.FirstBeheerderAsync(factory);
        var form = InrichtingForms.School();
        form["Input.Regio"] = "Noord";
        await beheerder.SubmitFormAsync("/Inrichting/School", "#school-formulier", form);

        var (_, page) = await beheerder.GetPageAsync("/Kalender?jaar=2025");
        await beheerder.GetPageAsync("/Kalender?jaar=2025");

        var rows = page.QuerySelectorAll("#vrij tbody tr").Select(r => string.Join(" | ", r.QuerySelectorAll("td").Take(3).Select(c => c.TextContent.Trim()))).ToList();
        Assert.Equal(
            [
                "18 oktober 2025 | 26 oktober 2025 | Herfstvakantie",
                "20 december 2025 | 4 januari 2026 | Kerstvakantie",
                "21 februari 2026 | 1 maart 2026 | Voorjaarsvakantie",
                "25 april 2026 | 3 mei 2026 | Meivakantie",
                "4 juli 2026 | 16 augustus 2026 | Zomervakantie",
            ],
            rows);
        await using var db = factory.CreateSystemDbContext();
        Assert.Equal(5, await db.VrijePeriodes.CountAsync(ct));
    }
}
