using System.Net;
using Leerwerk.Domain.Doorstroom;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Leerwerk.IntegrationTests.Pages.Programma.ProgrammaStudents;

namespace Leerwerk.IntegrationTests.Pages.Programma;

[Collection(WebCollection.Name)]
public sealed class DoorstroomTests(LeerwerkAppFactory factory)
{
    private static Dictionary<string, string> Form(string niveau = "2", string crebo = "25498", string leerweg = "Bbl", string instelling = "ROC Betuwe Vakcollege") => new()
    {
        ["Input.DiplomaOn"] = "2027-07-01",
        ["Input.MboInstellingName"] = instelling,
        ["Input.Opleiding"] = "Helpende zorg en welzijn",
        ["Input.Crebo"] = crebo,
        ["Input.Niveau"] = niveau,
        ["Input.MboLeerweg"] = leerweg,
        ["Input.StartDate"] = "2027-08-30",
    };

    [Fact]
    public async Task Doorstroom_EntreeAfterLwt_IsRefusedWithH1()
    {
        var student = await LwtStudentAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);
        var url = $"/Leerlingen/Doorstroom/{student.Id}";

        var response = await client.SubmitFormAsync(url, "form#doorstroom", Form(niveau: "1"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await TestClient.ParseAsync(response)).QuerySelector(".form-errors")!.TextContent;
        Assert.Contains("H1", errors, StringComparison.Ordinal);
        Assert.Contains("niet tot de entreeopleiding", errors, StringComparison.Ordinal);
        Assert.Contains("brochure", errors, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(await RecordsAsync(student.Id));
    }

    [Fact]
    public async Task Doorstroom_BolNotVerwantAtNonPartner_IsSavedWithFreedomsShown()
    {
        var student = await LwtStudentAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);
        var url = $"/Leerlingen/Doorstroom/{student.Id}";
        var form = Form(leerweg: "Bol", instelling: "ROC Elders");
        form["Input.IsVerwant"] = "false";

        var response = await client.SubmitFormAsync(url, "form#doorstroom", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var record = Assert.Single(await RecordsAsync(student.Id));
        Assert.Equal(MboLeerweg.Bol, record.MboLeerweg);
        Assert.Equal("25498", record.Crebo);
        Assert.False(record.IsVerwant);
        var (_, page) = await client.GetPageAsync(url);
        var ids = page.QuerySelectorAll("section.bevindingen li.finding strong").Select(s => s.TextContent).ToList();
        Assert.Equal(["H2", "H3", "H4"], ids.Order(StringComparer.Ordinal));
        Assert.Empty(page.QuerySelectorAll("section.bevindingen li.finding--error"));
        var (_, dossier) = await client.GetPageAsync($"/Leerlingen/Details/{student.Id}");
        Assert.Contains("crebo 25498", dossier.QuerySelector("table.doorstroom")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2549")]
    [InlineData("25a98")]
    public async Task Doorstroom_BadCrebo_IsRefusedInDutch(string crebo)
    {
        var student = await LwtStudentAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Leerlingen/Doorstroom/{student.Id}", "form#doorstroom", Form(crebo: crebo));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("precies vijf cijfers", (await TestClient.ParseAsync(response)).QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await RecordsAsync(student.Id));
    }

    [Fact]
    public async Task Overview_ListsRecordedDoorstroom()
    {
        var student = await LwtStudentAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);
        await client.SubmitFormAsync($"/Leerlingen/Doorstroom/{student.Id}", "form#doorstroom", Form());

        var (response, page) = await client.GetPageAsync("/Doorstroom");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(page.QuerySelectorAll("table.doorstroom-overzicht tbody tr"), tr => tr.TextContent.Contains(student.Leerlingnummer, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Doorstroom_OtherSchoolsStudent_IsNotFound()
    {
        var records = await Arrange.ForeignSchoolAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.Http.GetAsync(new Uri($"/Leerlingen/Doorstroom/{records.LeerlingId}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<List<DoorstroomRecord>> RecordsAsync(int leerlingId)
    {
        await using var db = factory.CreateSystemDbContext();
        return await db.Doorstroom.AsNoTracking().Where(d => d.LeerlingId == leerlingId).ToListAsync(TestContext.Current.CancellationToken);
    }
}
