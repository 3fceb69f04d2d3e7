using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Domain;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Kalender;

[Collection(WebCollection.Name)]
public sealed class KalenderPageTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Index_DemoYear_ShowsHolidaysAndComputedPublicHolidays()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync("/Kalender?jaar=2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Herfstvakantie", page.GetElementById("vrij")!.TextContent, StringComparison.Ordinal);
        var feestdagen = page.GetElementById("feestdagen")!.TextContent;
        Assert.Contains("26 maart 2027", feestdagen, StringComparison.Ordinal);
        Assert.Contains("Goede Vrijdag", feestdagen, StringComparison.Ordinal);
        Assert.Contains("6 mei 2027", feestdagen, StringComparison.Ordinal);
        Assert.Contains("4B2", page.GetElementById("lesdagen")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Vrij_EditorAddsAFreeDay_InANewYear()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync("/Kalender?jaar=2031", "#vrij-toevoegen", new Dictionary<string, string>
        {
            ["Vrij.Van"] = "2031-10-20",
            ["Vrij.Tot"] = "",
            ["Vrij.Omschrijving"] = "Studiedag toetsweek",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await client.GetPageAsync("/Kalender?jaar=2031");
        Assert.Contains("Studiedag toetsweek", page.GetElementById("vrij")!.TextContent, StringComparison.Ordinal);
        await using var db = factory.CreateSystemDbContext();
        Assert.True(await db.Audit.AnyAsync(a => a.EntityType == "VrijePeriode", TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Vrij_OutsideTheSchoolYear_IsRefusedWithADutchMessage()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync("/Kalender?jaar=2032", "#vrij-toevoegen", new Dictionary<string, string>
        {
            ["Vrij.Van"] = "2034-01-02",
            ["Vrij.Omschrijving"] = "Verkeerd jaar",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Contains("valt niet in schooljaar 2032-2033", page.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_GoodFile_StoresEveryRow_BadFile_StoresNothingAndNamesTheRow()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var bad = await UploadAsync(client, 2033, "van;tot;omschrijving\r\n16-10-2033;24-10-2033;Herfstvakantie\r\n30-02-2034;Studiedag\r\n");
        var good = await UploadAsync(client, 2033, "van;tot;omschrijving\r\n15-10-2033;23-10-2033;Herfstvakantie\r\n20-12-2033;2-1-2034;Kerstvakantie\r\n");

        var badPage = await TestClient.ParseAsync(bad);
        Assert.Contains("Regel 3, kolom 1 (datum): '30-02-2034' is geen geldige datum", badPage.GetElementById("import-fouten")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(ImportFoutCode.DatumOngeldig, badPage.QuerySelector("#import-fouten li")!.GetAttribute("data-code"));
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        var (_, page) = await client.GetPageAsync("/Kalender?jaar=2033");
        var vrij = page.GetElementById("vrij")!.TextContent;
        Assert.Contains("Kerstvakantie", vrij, StringComparison.Ordinal);
        Assert.DoesNotContain("16 oktober 2033", vrij, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mentor_ReadsButCannotEdit()
    {
        using var client = await TestClient.LoggedInAsync(factory, "mentor");

        var (response, page) = await client.GetPageAsync("/Kalender?jaar=2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Null(page.GetElementById("vrij-toevoegen"));
        Assert.Null(page.GetElementById("import"));
    }

    private static async Task<HttpResponseMessage> UploadAsync(TestClient client, int jaar, string csv)
    {
        var url = $"/Kalender?jaar={jaar}";
        var (_, page) = await client.GetPageAsync(url);
        var form = page.QuerySelector<IHtmlFormElement>("#import")!;
        var token = form.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(csv)), "bestand", "vakanties.csv" },
        };
        return await client.Http.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }
}
