using System.Net;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Programma;

[Collection(WebCollection.Name)]
public sealed class KeuzevakkenTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Aanbod_DemoSchool_ListsProfielmodulenWithTheirProfiel()
    {
        using var client = await TestClient.LoggedInAsync(factory, "mentor");

        var (response, page) = await client.GetPageAsync("/Keuzevakken");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = page.QuerySelectorAll("table tbody tr").Single(tr => tr.Children[0].TextContent == "Timmeren");
        Assert.Equal("Bouwen, wonen en interieur", row.Children[1].TextContent);
        Assert.Null(page.QuerySelector("form#keuzevak-toevoegen"));
    }

    [Fact]
    public async Task Aanbod_Coordinator_AddsAProfielmodule()
    {
        var name = $"Keuzevak {Guid.NewGuid():N}"[..30];
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync("/Keuzevakken", "form#keuzevak-toevoegen", new Dictionary<string, string> { ["Name"] = name, ["ProfielCode"] = "HBR" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var added = await db.AangebodenKeuzevakken.SingleAsync(k => k.Name == name, TestContext.Current.CancellationToken);
        Assert.Equal("HBR", added.ProfielCode);
    }

    [Fact]
    public async Task Aanbod_EmptyName_IsRefusedInDutch()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync("/Keuzevakken", "form#keuzevak-toevoegen", new Dictionary<string, string> { ["Name"] = "" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Contains("Vul de naam van het keuzevak in.", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
    }
}
