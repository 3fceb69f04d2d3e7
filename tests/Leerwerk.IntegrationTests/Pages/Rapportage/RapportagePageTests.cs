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

        var rows = page.QuerySelectorAll("table:first-of-type tbody tr").ToList();
        Assert.Equal(Profielen.All.Count, rows.Count);
        Assert.Contains(rows, r => r.TextContent.Contains("Zorg en welzijn", StringComparison.Ordinal) && r.QuerySelectorAll("td")[1].TextContent == "7611");
        Assert.Equal("60", page.QuerySelectorAll("table:first-of-type tfoot td")[2].TextContent);
    }
}
