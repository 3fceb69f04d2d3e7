using System.Globalization;
using System.Net;
using Leerwerk.Domain.StageUren;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.StageUren;

[Collection(WebCollection.Name)]
public sealed class StageUrenPageTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Index_Coordinator_ShowsApprovedHoursPerStudentWithDecimalCommas()
    {
        using var client = await TestClient.LoggedInAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var student = await db.Leerlingen.OrderBy(l => l.Leerlingnummer).FirstAsync(TestContext.Current.CancellationToken);
        var expected = (await db.StageUren.Where(r => r.LeerlingId == student.Id && r.Status == UrenStatus.Goedgekeurd)
            .Select(r => r.Hours).ToListAsync(TestContext.Current.CancellationToken)).Sum();

        var (response, page) = await client.GetPageAsync("/StageUren");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(student.Leerlingnummer, StringComparison.Ordinal));
        Assert.Equal(expected.ToString("0.##", CultureInfo.GetCultureInfo("nl-NL")), row.QuerySelectorAll("td")[2].TextContent);
    }

    [Fact]
    public async Task Index_SortsTheWeakestStudentFirst()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync("/StageUren");

        var shares = page.QuerySelectorAll("tbody tr td:last-child .tag--warning")
            .Select(t => int.Parse(t.TextContent.Replace(" %", "", StringComparison.Ordinal), CultureInfo.InvariantCulture))
            .ToList();
        Assert.NotEmpty(shares);
        Assert.Equal(shares.Order(), shares);
    }

    [Fact]
    public async Task Index_FilterOnClass_ShowsOnlyThatClass()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync("/StageUren?klas=4B1");

        var classes = page.QuerySelectorAll("tbody tr").Select(r => r.QuerySelectorAll("td")[1].TextContent).Distinct().ToList();
        Assert.Equal(["4B1"], classes);
    }

    [Fact]
    public async Task Index_MboPartner_IsRefused()
    {
        using var client = await TestClient.LoggedInAsync(factory, "mbopartner");

        var (response, _) = await client.GetPageAsync("/StageUren");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Geweigerd", response.Headers.Location!.AbsolutePath);
    }
}
