using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Pages;

/// <summary>An installation that holds the demo school says so on every page, also before logging in.</summary>
[Collection(WebCollection.Name)]
public sealed class DemoBannerTests(LeerwerkAppFactory factory)
{
    [Theory]
    [InlineData("/Account/Inloggen")]
    [InlineData("/Regels")]
    public async Task AnonymousPage_DemoInstallation_ShowsBanner(string url)
    {
        using var client = TestClient.Create(factory);

        var (_, page) = await client.GetPageAsync(url);

        Assert.StartsWith("Demoschool: deze installatie bevat de demoschool Vmbo De Rivierenborg", page.QuerySelector("#demoschool")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Leerlingen")]
    [InlineData("/Kalender")]
    public async Task StaffPage_DemoInstallation_ShowsBanner(string url)
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync(url);

        Assert.NotNull(page.QuerySelector("#demoschool"));
    }
}
