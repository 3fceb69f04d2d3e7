extern alias cli;

using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Leerwerk.Data.Queries;
using Leerwerk.Domain.Dossiers;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using CliCommands = cli::Leerwerk.Cli.Commands.CommandList;

namespace Leerwerk.IntegrationTests.Pages.Leerlingen;

[Collection(WebCollection.Name)]
public sealed class BevindingenTests(LeerwerkAppFactory factory)
{
    /// <summary>The demo student whose leer-werkovereenkomst lacks the parents' signature.</summary>
    private const string UnsignedByParents = "24005";

    [Fact]
    public async Task Details_AgreementWithoutParentsSignature_ShowsE6Finding()
    {
        var id = await StudentIdAsync(UnsignedByParents);
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var (_, page) = await client.GetPageAsync($"/Leerlingen/Details/{id}");

        var section = page.QuerySelector("section.bevindingen")!;
        Assert.Equal("Bevindingen", section.QuerySelector("h2")!.TextContent);
        var e6 = section.QuerySelectorAll("li.finding").Single(li => li.QuerySelector("strong")!.TextContent == "E6");
        Assert.Contains("finding--error", e6.ClassList);
        Assert.Contains("ouders", e6.TextContent, StringComparison.Ordinal);
        Assert.Contains("2.103", e6.QuerySelector("a.citation")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_MoetErrorsComeFirst()
    {
        var id = await StudentIdAsync(UnsignedByParents);
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var (_, page) = await client.GetPageAsync($"/Leerlingen/Details/{id}");

        var classes = page.QuerySelectorAll("section.bevindingen li.finding")
            .Select(li => li.ClassList.Contains("finding--error") ? 0 : 1).ToList();
        Assert.Equal(classes.Order().ToList(), classes);
    }

    [Theory]
    [InlineData("24001")]
    [InlineData(UnsignedByParents)]
    public async Task WebPageAndCli_GiveTheSameRuleIds_OneEvaluation(string leerlingnummer)
    {
        var ct = TestContext.Current.CancellationToken;
        var id = await StudentIdAsync(leerlingnummer);
        Dossier dossier;
        await using (var db = factory.CreateSystemDbContext())
        {
            dossier = (await db.LoadDossierAsync(id, ct))!;
        }

        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");
        var (_, page) = await client.GetPageAsync($"/Leerlingen/Details/{id}");
        var webIds = page.QuerySelectorAll("section.bevindingen li.finding strong").Select(s => s.TextContent).Order(StringComparer.Ordinal).ToList();

        var file = Path.Combine(Path.GetTempPath(), $"dossier-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, ControleerJson.Of(dossier), ct);
        try
        {
            var root = new RootCommand("leerwerk (test)");
            foreach (var command in CliCommands.All())
            {
                root.Subcommands.Add(command);
            }

            using var output = new StringWriter();
            using var error = new StringWriter();
            var today = Arrange.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var exit = await root.Parse(["controleer", file, "--op", today]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, ct);

            Assert.True(exit is 0 or 1, error.ToString());
            using var json = JsonDocument.Parse(output.ToString());
            var cliIds = json.RootElement[0].GetProperty("findings").EnumerateArray()
                .Select(f => f.GetProperty("ruleId").GetString()!).Order(StringComparer.Ordinal).ToList();
            Assert.Equal(webIds, cliIds);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private async Task<int> StudentIdAsync(string leerlingnummer)
    {
        await using var db = factory.CreateSystemDbContext();
        return await db.Leerlingen.Where(l => l.Leerlingnummer == leerlingnummer).Select(l => l.Id).SingleAsync(TestContext.Current.CancellationToken);
    }
}
