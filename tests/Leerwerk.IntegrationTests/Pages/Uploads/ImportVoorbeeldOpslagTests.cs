using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Data.Import;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.IntegrationTests.Pages.Leerlingen;
using Leerwerk.Web.Infrastructure.Import;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.IntegrationTests.Pages.Uploads;

/// <summary>
/// The preview of an import keeps the file on the server (<see cref="ImportBestand"/>) and the page carries only its id:
/// the commit takes it for the same user, school and import page only, within the hour, and deletes it; anything else
/// gets the Dutch message and stores nothing. Shown on the students import; the other import pages share the store.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ImportVoorbeeldOpslagTests(LeerwerkAppFactory factory)
{
    private const string Url = "/Leerlingen/Import";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Preview_KeepsTheFileOnTheServer_PageCarriesOnlyItsId_CommitStoresAndDeletesIt()
    {
        var number = TestStudents.NewNumber();
        var file = StudentsFile(number);
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, preview) = await ImportTests.PreviewAsync(client, file, "leerlingen.csv");

        var form = preview.QuerySelector<IHtmlFormElement>("#import-doorvoeren")!;
        Assert.Null(form.QuerySelector("input[name='Tabel']"));
        var id = Guid.Parse(form.QuerySelector<IHtmlInputElement>("input[name='VoorbeeldId']")!.Value);
        await using (var db = factory.CreateSystemDbContext())
        {
            var bestand = await db.ImportBestanden.SingleAsync(b => b.Id == id, Ct);
            Assert.Equal((await Arrange.DemoSchoolIdAsync(factory), "coordinator", ImportSoort.Leerlingen, "leerlingen.csv"), (bestand.SchoolId, bestand.UserName, bestand.Soort, bestand.FileName));
            Assert.Equal(file, bestand.Inhoud);
            Assert.False(await db.Leerlingen.AnyAsync(l => l.Leerlingnummer == number, Ct));
        }

        var commit = await client.SubmitAsync(Url, form, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);
        await using (var db = factory.CreateSystemDbContext())
        {
            Assert.True(await db.Leerlingen.AnyAsync(l => l.Leerlingnummer == number, Ct));
            Assert.False(await db.ImportBestanden.AnyAsync(b => b.Id == id, Ct));
        }

        // Committed once: the same id again is an expired preview, not a second import.
        var again = await client.SubmitAsync(Url, form, new Dictionary<string, string>());
        Assert.Contains(ImportVoorbeeld.VerlopenMessage, await TextAsync(again), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Commit_ByAnotherUserOfTheSameSchool_IsRefusedInDutch_AndStoresNothing()
    {
        var number = TestStudents.NewNumber();
        using var coordinator = await TestClient.LoggedInAsync(factory);
        var id = await PreviewIdAsync(coordinator, number);
        using var beheerder = await TestClient.LoggedInAsync(factory, "demobeheerder");

        var response = await PostIdAsync(beheerder, Url + "?handler=Doorvoeren", id);

        await AssertRefusedAsync(response, ImportVoorbeeld.VerlopenMessage, number);
        await AssertKeptAsync(id);
    }

    [Fact]
    public async Task Commit_OnAnotherImportPage_IsRefusedInDutch_AndStoresNothing()
    {
        var number = TestStudents.NewNumber();
        using var client = await TestClient.LoggedInAsync(factory);
        var id = await PreviewIdAsync(client, number);

        var response = await PostIdAsync(client, "/StageUren/Import?handler=Opslaan", id);

        await AssertRefusedAsync(response, ImportVoorbeeld.VerlopenMessage, number);
        await AssertKeptAsync(id);
    }

    [Fact]
    public async Task Commit_OfAFileOfAnotherSchool_IsRefusedInDutch_AndStoresNothing()
    {
        var number = TestStudents.NewNumber();
        var (records, _) = await Arrange.OtherSchoolUserAsync(factory);
        var id = Guid.NewGuid();
        await using (var db = factory.CreateSystemDbContext())
        {
            // Even under the coördinator's own user name: the school decides as well.
            db.ImportBestanden.Add(new ImportBestand
            {
                Id = id,
                SchoolId = records.SchoolId,
                UserName = "coordinator",
                Soort = ImportSoort.Leerlingen,
                FileName = "leerlingen.csv",
                Inhoud = StudentsFile(number),
                CreatedAt = Now(),
            });
            await db.SaveChangesAsync(Ct);
        }

        using var client = await TestClient.LoggedInAsync(factory);
        var response = await PostIdAsync(client, Url + "?handler=Doorvoeren", id.ToString("N"));

        await AssertRefusedAsync(response, ImportVoorbeeld.VerlopenMessage, number);
        await AssertKeptAsync(id.ToString("N"));
    }

    [Fact]
    public async Task Commit_AfterAnHour_IsRefusedAsExpired_AndStoresNothing()
    {
        var number = TestStudents.NewNumber();
        using var client = await TestClient.LoggedInAsync(factory);
        var id = await PreviewIdAsync(client, number);
        await using (var db = factory.CreateSystemDbContext())
        {
            var bestand = await db.ImportBestanden.SingleAsync(b => b.Id == Guid.Parse(id), Ct);
            bestand.CreatedAt = Now() - ImportBestand.Geldigheid - TimeSpan.FromMinutes(1);
            await db.SaveChangesAsync(Ct);
        }

        var response = await PostIdAsync(client, Url + "?handler=Doorvoeren", id);

        await AssertRefusedAsync(response, ImportVoorbeeld.VerlopenMessage, number);
    }

    [Theory]
    [InlineData("", ImportVoorbeeld.KwijtMessage)]
    [InlineData("geen-id", ImportVoorbeeld.KwijtMessage)]
    [InlineData("00000000000000000000000000000000", ImportVoorbeeld.VerlopenMessage)]
    public async Task Commit_WithAMissingOrMadeUpId_IsRefusedInDutch_AndStoresNothing(string id, string message)
    {
        var number = TestStudents.NewNumber();
        using var client = await TestClient.LoggedInAsync(factory);
        await PreviewIdAsync(client, number);

        var response = await PostIdAsync(client, Url + "?handler=Doorvoeren", id);

        await AssertRefusedAsync(response, message, number);
    }

    [Fact]
    public async Task Opruiming_DeletesTheFilesOlderThanAnHour_AndKeepsTheRest()
    {
        var (oud, vers) = (Guid.NewGuid(), Guid.NewGuid());
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        await using (var db = factory.CreateSystemDbContext())
        {
            foreach (var (id, age) in new[] { (oud, ImportBestand.Geldigheid + TimeSpan.FromMinutes(1)), (vers, TimeSpan.FromMinutes(5)) })
            {
                db.ImportBestanden.Add(new ImportBestand
                {
                    Id = id,
                    SchoolId = schoolId,
                    UserName = "coordinator",
                    Soort = ImportSoort.Cijfers,
                    FileName = "cijfers.csv",
                    Inhoud = [1, 2, 3],
                    CreatedAt = Now() - age,
                });
            }

            await db.SaveChangesAsync(Ct);
        }

        var deleted = await factory.Services.GetRequiredService<ImportBestandOpruiming>().RunAsync(Ct);

        Assert.True(deleted >= 1, $"{deleted}");
        await using (var db = factory.CreateSystemDbContext())
        {
            Assert.False(await db.ImportBestanden.AnyAsync(b => b.Id == oud, Ct));
            Assert.True(await db.ImportBestanden.AnyAsync(b => b.Id == vers, Ct));
        }
    }

    internal static byte[] StudentsFile(string number) =>
        LasBestanden.Windows1252Csv($"{number};Vera;;Voorbeeld;{Arrange.Today.AddYears(-15).AddDays(-30).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture)};BB;3;ZW;3B1;;;;");

    private DateTime Now() => factory.Services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;

    private static async Task<string> PreviewIdAsync(TestClient client, string number)
    {
        var (_, preview) = await ImportTests.PreviewAsync(client, StudentsFile(number), "leerlingen.csv");
        return preview.QuerySelector<IHtmlInputElement>("#import-doorvoeren input[name='VoorbeeldId']")!.Value;
    }

    /// <summary>A commit POST with only the id (and the page's antiforgery token), as a page other than the preview would send it.</summary>
    private static async Task<HttpResponseMessage> PostIdAsync(TestClient client, string url, string id)
    {
        var (_, page) = await client.GetPageAsync(url.Split('?')[0]);
        var token = page.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token, ["VoorbeeldId"] = id });
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content, Ct);
    }

    private async Task AssertRefusedAsync(HttpResponseMessage response, string message, string number)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, await TextAsync(response), StringComparison.Ordinal);
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.Leerlingen.AnyAsync(l => l.Leerlingnummer == number, Ct));
    }

    private async Task AssertKeptAsync(string id)
    {
        await using var db = factory.CreateSystemDbContext();
        Assert.True(await db.ImportBestanden.AnyAsync(b => b.Id == Guid.Parse(id), Ct));
    }

    private static async Task<string> TextAsync(HttpResponseMessage response) => (await TestClient.ParseAsync(response)).Body!.TextContent;
}
