using System.Globalization;
using Leerwerk.Domain.Profielen;
using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Pages.Rapportage;

[Collection(WebCollection.Name)]
public sealed class RapportagePageTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Index_ShowsEveryProfielWithItsLwtVakcodeAndTheDemoTotal()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync("/Rapportage");

        var rows = page.QuerySelector("main table")!.QuerySelectorAll("tbody tr").ToList();
        Assert.Equal(Profielen.All.Count, rows.Count);
        Assert.Contains(rows, r => r.TextContent.Contains("Zorg en welzijn", StringComparison.Ordinal) && r.QuerySelectorAll("td")[1].TextContent == "7611");
        // Other tests in the collection add LWT students: the total is the LWT students of leerjaar 3 and 4 today.
        var expected = (await Arrange.LwtStudentsTodayAsync(factory)).Count(l => l.Leerjaar is 3 or 4 && Profielen.All.Any(p => p.Code == l.ProfielCode));
        Assert.Equal(expected.ToString(CultureInfo.InvariantCulture), page.QuerySelector("main table")!.QuerySelectorAll("tfoot td")[2].TextContent);
    }
}
