using System.Net;
using Leerwerk.Domain.Examens;
using Leerwerk.IntegrationTests.Infrastructure;
using static Leerwerk.IntegrationTests.Pages.Programma.ProgrammaStudents;

namespace Leerwerk.IntegrationTests.Pages.Programma;

[Collection(WebCollection.Name)]
public sealed class ProgrammaTests(LeerwerkAppFactory factory)
{
    private static readonly string[] ZwKeuzevakken = ["Mens en gezondheid", "Welzijn kind en jongere", "Assisteren in de gezondheidszorg", "Ondersteunen bij sport en bewegen"];

    [Fact]
    public async Task Programme_ThreeKeuzevakken_IsSavedWithC2Finding_FourthRemovesIt()
    {
        var student = await LwtStudentAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);
        var url = $"/Leerlingen/Programma/{student.Id}";
        var (_, page) = await client.GetPageAsync(url);

        var saved = await client.SubmitFormAsync(url, "form#programma", Form(page, ZwKeuzevakken[..3]));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var (_, after) = await client.GetPageAsync(url);
        var c2 = after.QuerySelectorAll("section.bevindingen li.finding").Single(li => li.QuerySelector("strong")!.TextContent == "C2");
        Assert.Contains("finding--error", c2.ClassList);
        Assert.Contains("er zijn er 3", c2.TextContent, StringComparison.Ordinal);
        Assert.Contains("3.5", c2.QuerySelector("a.citation")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(6, (await VakkenAsync(factory, student.Id)).Count);

        await client.SubmitFormAsync(url, "form#programma", Form(after, ZwKeuzevakken));

        var (_, fixedPage) = await client.GetPageAsync(url);
        var ids = fixedPage.QuerySelectorAll("section.bevindingen li.finding strong").Select(s => s.TextContent).ToList();
        Assert.DoesNotContain("C2", ids);
        Assert.DoesNotContain("C1", ids);
        Assert.DoesNotContain("C8", ids);
        Assert.Contains("C10", ids);
        Assert.Equal(4, (await VakkenAsync(factory, student.Id)).Count(v => v.Soort == VakSoort.Keuzevak));
    }

    [Fact]
    public async Task Programme_KeuzevakOfAnotherProfiel_ShowsC5AsAllowed()
    {
        var student = await LwtStudentAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);
        var url = $"/Leerlingen/Programma/{student.Id}";
        var (_, page) = await client.GetPageAsync(url);

        await client.SubmitFormAsync(url, "form#programma", Form(page, [.. ZwKeuzevakken[..3], "Timmeren"]));

        var (_, after) = await client.GetPageAsync(url);
        var c5 = after.QuerySelectorAll("section.bevindingen li.finding").Single(li => li.QuerySelector("strong")!.TextContent == "C5");
        Assert.Contains("finding--info", c5.ClassList);
        Assert.Equal("MAG", c5.QuerySelector(".badge")!.TextContent);
        Assert.Contains("Timmeren", c5.TextContent, StringComparison.Ordinal);
        Assert.Contains("toegestaan", c5.TextContent, StringComparison.Ordinal);
        Assert.Empty(after.QuerySelectorAll("section.bevindingen li.finding--error"));
        var timmeren = (await VakkenAsync(factory, student.Id)).Single(v => v.Name == "Timmeren");
        Assert.Equal("BWI", timmeren.ModuleProfielCode);
    }

    [Fact]
    public async Task Programme_FreedomsC3C4C7C9_AreSavedAndShownAsAllowed()
    {
        var student = await LwtStudentAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);
        var url = $"/Leerlingen/Programma/{student.Id}";
        var (_, page) = await client.GetPageAsync(url);
        var form = Form(page, ZwKeuzevakken);
        var row = KeuzevakRow(page, ZwKeuzevakken[0]);
        form[$"{row}.BuitenSchool"] = "true";
        form[$"{row}.Docent"] = "mevr. Jansen";
        form["Input.Extra[0].Naam"] = "Engels";
        form["Input.Extra[0].Gedeeltelijk"] = "true";
        form["Input.MaatschappelijkeStage"] = "true";
        form["Input.Lo"] = "true";

        await client.SubmitFormAsync(url, "form#programma", form);

        var (_, after) = await client.GetPageAsync(url);
        var findings = after.QuerySelectorAll("section.bevindingen li.finding").ToDictionary(li => li.QuerySelector("strong")!.TextContent, li => li.TextContent);
        Assert.Contains("gedeeltelijk", findings["C3"], StringComparison.Ordinal);
        Assert.Contains("maatschappelijke stage", findings["C4"], StringComparison.Ordinal);
        Assert.Contains("mevr. Jansen", findings["C7"], StringComparison.Ordinal);
        Assert.Contains("maatschappijleer en kunst (KV1)", findings["C9"], StringComparison.Ordinal);
        Assert.Empty(after.QuerySelectorAll("section.bevindingen li.finding--error"));
        var engels = (await VakkenAsync(factory, student.Id)).Single(v => v.Deel == VakDeel.Extra);
        Assert.True(engels.IsPartial);
        Assert.Equal(VakSoort.Engels, engels.Soort);
    }

    [Fact]
    public async Task Programme_UnknownExtraSubject_IsRefusedNamingTheField()
    {
        var student = await LwtStudentAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);
        var url = $"/Leerlingen/Programma/{student.Id}";
        var (_, page) = await client.GetPageAsync(url);
        var form = Form(page, ZwKeuzevakken);
        form["Input.Extra[1].Naam"] = "Sterrenkunde";

        var response = await client.SubmitFormAsync(url, "form#programma", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await TestClient.ParseAsync(response);
        Assert.Contains("Extra vak 2: 'Sterrenkunde'", body.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Empty(await VakkenAsync(factory, student.Id));
    }

    [Fact]
    public async Task Programme_SubjectWithGrades_IsNotRemoved()
    {
        var student = await LwtStudentAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);
        var url = $"/Leerlingen/Programma/{student.Id}";
        var (_, page) = await client.GetPageAsync(url);
        await client.SubmitFormAsync(url, "form#programma", Form(page, ZwKeuzevakken));
        await using (var db = factory.CreateSystemDbContext())
        {
            var nederlands = db.Vakken.Single(v => v.LeerlingId == student.Id && v.Soort == VakSoort.Nederlands);
            nederlands.Se = 6.5m;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var response = await client.SubmitFormAsync(url, "form#programma", new Dictionary<string, string> { ["Input.Nederlands"] = "false" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await TestClient.ParseAsync(response);
        Assert.Contains("Nederlands heeft al cijfers", body.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(await VakkenAsync(factory, student.Id), v => v.Soort == VakSoort.Nederlands && v.Se == 6.5m);
    }

    [Fact]
    public async Task Programme_Mentor_MayNotEdit()
    {
        var student = await LwtStudentAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory, "mentor");

        var response = await client.Http.GetAsync(new Uri($"/Leerlingen/Programma/{student.Id}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Geweigerd", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Programme_OtherSchoolsStudent_IsNotFound()
    {
        var (records, _) = await Arrange.OtherSchoolUserAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.Http.GetAsync(new Uri($"/Leerlingen/Programma/{records.LeerlingId}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
