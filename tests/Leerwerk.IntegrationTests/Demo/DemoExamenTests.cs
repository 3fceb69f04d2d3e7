using AngleSharp.Html.Dom;
using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Demo;

/// <summary>
/// The demo's exam grades (docs/demo.md, issue 15 item 7): /Examen shows a realistic mix, most candidates geslaagd,
/// three afgewezen (D4, D5, D6) and three onvolledig. A fresh app of its own, so no other test's changes count.
/// </summary>
public sealed class DemoExamenTests(LeerwerkAppFactory factory) : IClassFixture<LeerwerkAppFactory>
{
    [Fact]
    public async Task Examen_DemoGrades_ARealisticMixWithTheDocumentedFailsAndIncompletes()
    {
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var (_, afgewezen) = await client.GetPageAsync("/Examen?status=afgewezen");
        var (_, onvolledig) = await client.GetPageAsync("/Examen?status=onvolledig");
        var (_, geslaagd) = await client.GetPageAsync("/Examen?status=geslaagd");

        Assert.Equal(["24008", "24023", "24040"], Nummers(afgewezen));
        Assert.Equal(["24016", "24035", "24053"], Nummers(onvolledig));
        Assert.Equal(30, Nummers(geslaagd).Length);
    }

    private static string[] Nummers(IHtmlDocument page) =>
        [.. page.QuerySelectorAll("tbody tr").Select(r => r.GetAttribute("data-leerlingnummer")!).Order(StringComparer.Ordinal)];
}
