using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Leerlingen;

/// <summary>A long file's preview shows its first 100 rows and counts the rest; the commit still stores every row.</summary>
[Collection(WebCollection.Name)]
public sealed class ImportVoorbeeldTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Preview_150Rows_ShowsTheFirst100AndCountsTheRest_CommitStoresAll()
    {
        var birth = Arrange.Today.AddYears(-14).AddDays(-30).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        var numbers = Enumerable.Range(0, 150).Select(_ => TestStudents.NewNumber()).ToList();
        var file = LasBestanden.Windows1252Csv([.. numbers.Select(n => $"{n};Rij;;Lang;{birth};BB;2;;2L1;;;;")]);
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, preview) = await ImportTests.PreviewAsync(client, file, "lang.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("150 nieuw, 0 gewijzigd, 0 ongewijzigd.", preview.QuerySelector("#samenvatting")!.TextContent);
        Assert.Equal(100, preview.QuerySelectorAll("tr.import-regel").Length);
        Assert.StartsWith("en nog 50 regels", preview.QuerySelector("#voorbeeld-rest")!.TextContent, StringComparison.Ordinal);

        var commit = await client.SubmitAsync("/Leerlingen/Import", preview.QuerySelector<IHtmlFormElement>("#import-doorvoeren")!, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        Assert.Equal(150, await db.Leerlingen.CountAsync(l => numbers.Contains(l.Leerlingnummer), TestContext.Current.CancellationToken));
    }
}
