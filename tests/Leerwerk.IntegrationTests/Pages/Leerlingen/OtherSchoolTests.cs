using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Scholen;
using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Pages.Leerlingen;

/// <summary>Records of a school the user does not work for are not found, not even by id.</summary>
[Collection(WebCollection.Name)]
public sealed class OtherSchoolTests(LeerwerkAppFactory factory)
{
    private async Task<(Leerling Student, MboInstelling Instelling)> CreateInOtherSchoolAsync()
    {
        await using var db = factory.CreateSystemDbContext();
        var school = new School { Name = "Andere school", BevoegdGezag = "Stichting Elders", Brin = "98ZZ" };
        db.Scholen.Add(school);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        var student = new Leerling
        {
            SchoolId = school.Id,
            Leerlingnummer = TestStudents.NewNumber(),
            FirstName = "Elders",
            LastName = "Leerling",
            BirthDate = Arrange.Today.AddYears(-13),
            Leerjaar = 1,
        };
        var instelling = new MboInstelling { SchoolId = school.Id, Name = "ROC Elders", BevoegdGezag = "Stichting ROC Elders" };
        db.Leerlingen.Add(student);
        db.MboInstellingen.Add(instelling);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (student, instelling);
    }

    [Fact]
    public async Task OtherSchool_Coordinator_CannotFindItsStudentsOrPartners()
    {
        var (student, instelling) = await CreateInOtherSchoolAsync();
        using var client = await TestClient.LoggedInAsync(factory);

        var (list, listPage) = await client.GetPageAsync($"/Leerlingen?q={student.Leerlingnummer}");
        var (details, _) = await client.GetPageAsync($"/Leerlingen/Details/{student.Id}");
        var (edit, _) = await client.GetPageAsync($"/Leerlingen/Edit/{student.Id}");
        var (mboDetails, _) = await client.GetPageAsync($"/MboInstellingen/Details/{instelling.Id}");
        var (mboEdit, _) = await client.GetPageAsync($"/MboInstellingen/Edit/{instelling.Id}");
        var (_, mboList) = await client.GetPageAsync("/MboInstellingen");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
        Assert.Empty(listPage.QuerySelectorAll("table tbody tr"));
        Assert.Equal(HttpStatusCode.NotFound, details.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, mboDetails.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, mboEdit.StatusCode);
        Assert.DoesNotContain("ROC Elders", mboList.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OtherSchool_PostToEditItsStudent_IsNotFoundAndChangesNothing()
    {
        var (student, _) = await CreateInOtherSchoolAsync();
        var own = await TestStudents.CreateAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);
        var (_, page) = await client.GetPageAsync($"/Leerlingen/Edit/{own.Id}");
        var form = page.QuerySelector<IHtmlFormElement>("form.stacked")!;

        var response = await client.SubmitAsync($"/Leerlingen/Edit/{student.Id}", form, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Elders", (await TestStudents.LoadAsync(factory, student.Id)).FirstName);
    }
}
