using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Leerlingen;

[Collection(WebCollection.Name)]
public sealed class ImportTests(LeerwerkAppFactory factory)
{
    private const string Url = "/Leerlingen/Import";

    private static string Birth(int age) => Arrange.Today.AddYears(-age).AddDays(-30).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);

    [Fact]
    public async Task Import_Windows1252Csv_PreviewChangesNothingThenCommitStoresAll()
    {
        var (a, b) = (TestStudents.NewNumber(), TestStudents.NewNumber());
        var file = LasBestanden.Windows1252Csv(
            $"{a};Zoë;van;Gerwen;{Birth(15)};BB;3;Z&W;3B1;D. Bakker;Hélène van Gerwen;helene@example.nl;06-11112222",
            $"{b};Noël;;Brandsma;{Birth(14)};basis;2;;2B1;;;;");
        using var client = await TestClient.LoggedInAsync(factory);
        var before = await CountAsync();

        var (response, preview) = await PreviewAsync(client, file, "leerlingen.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("2 nieuw, 0 gewijzigd, 0 ongewijzigd.", preview.QuerySelector("#samenvatting")!.TextContent);
        Assert.Contains("Zoë van Gerwen", preview.QuerySelector($"tr[data-leerlingnummer='{a}']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(before, await CountAsync());

        var commit = await CommitAsync(client, preview);

        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);
        Assert.Equal(before + 2, await CountAsync());
        await using var db = factory.CreateSystemDbContext();
        var zoe = await db.Leerlingen.Include(l => l.Vertegenwoordigers).SingleAsync(l => l.Leerlingnummer == a, TestContext.Current.CancellationToken);
        Assert.Equal(("Zoë", "van", "Gerwen", Leerweg.Bb, 3, "ZW", "3B1"), (zoe.FirstName, zoe.Tussenvoegsel, zoe.LastName, zoe.Leerweg, zoe.Leerjaar, zoe.ProfielCode, zoe.ClassName));
        var parent = Assert.Single(zoe.Vertegenwoordigers);
        Assert.Equal(("Hélène van Gerwen", "helene@example.nl", "06-11112222"), (parent.Name, parent.Email, parent.Phone));
        var noel = await db.Leerlingen.SingleAsync(l => l.Leerlingnummer == b, TestContext.Current.CancellationToken);
        Assert.Equal(("Noël", 2, (string?)null), (noel.FirstName, noel.Leerjaar, noel.ProfielCode));
    }

    [Fact]
    public async Task Import_QuotedFieldsWithSemicolon_AreStoredWhole()
    {
        var nummer = TestStudents.NewNumber();
        var file = LasBestanden.Windows1252Csv(
            $"{nummer};Fleur;;de Wit;{Birth(15)};BB;3;ZW;3B1;\"Bakker; D.\";\"Ilse \"\"Ies\"\" de Wit; moeder\";ilse@example.nl;06-11112222");
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, preview) = await PreviewAsync(client, file, "leerlingen.csv");
        await CommitAsync(client, preview);

        await using var db = factory.CreateSystemDbContext();
        var fleur = await db.Leerlingen.Include(l => l.Vertegenwoordigers).SingleAsync(l => l.Leerlingnummer == nummer, TestContext.Current.CancellationToken);
        Assert.Equal(("Bakker; D.", "Ilse \"Ies\" de Wit; moeder", "ilse@example.nl"), (fleur.MentorName, Assert.Single(fleur.Vertegenwoordigers).Name, fleur.Vertegenwoordigers[0].Email));
    }

    [Fact]
    public async Task Reimport_SameLeerlingnummer_ShowsChangePerFieldUpdatesAndAudits()
    {
        var student = await TestStudents.CreateAsync(factory);
        var file = LasBestanden.Windows1252Csv($"{student.Leerlingnummer};Noor;van;Testhoven;{student.BirthDate:dd-MM-yyyy};BB;4;ZW;4B1;;;;");
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, preview) = await PreviewAsync(client, file, "leerlingen.csv");

        Assert.Equal("0 nieuw, 1 gewijzigd, 0 ongewijzigd.", preview.QuerySelector("#samenvatting")!.TextContent);
        var changes = preview.QuerySelectorAll($"tr[data-leerlingnummer='{student.Leerlingnummer}'] ul.wijzigingen li").Select(li => li.TextContent).ToList();
        Assert.Equal(["Leerjaar: 3 → 4", "Klas: 3B1 → 4B1"], changes);

        await CommitAsync(client, preview);

        var saved = await TestStudents.LoadAsync(factory, student.Id);
        Assert.Equal((4, "4B1", "Dennis Bakker"), (saved.Leerjaar, saved.ClassName, saved.MentorName));
        Assert.Equal("ilse@example.nl", Assert.Single(saved.Vertegenwoordigers).Email);
        await using var db = factory.CreateSystemDbContext();
        var id = student.Id.ToString(CultureInfo.InvariantCulture);
        var entry = await db.Audit.SingleAsync(x => x.EntityType == "Leerling" && x.EntityId == id && x.Action == "gewijzigd", TestContext.Current.CancellationToken);
        Assert.Equal("coordinator", entry.UserName);
        Assert.Contains("4B1", entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_WrongFile_NamesRowAndColumnOfEachProblemAndChangesNothing()
    {
        var student = await TestStudents.CreateAsync(factory);
        var nieuw = TestStudents.NewNumber();
        var file = LasBestanden.Windows1252Csv(
            $"{student.Leerlingnummer};Noor;van;Testhoven;{student.BirthDate:dd-MM-yyyy};BB;4;ZW;4B1;;;;",
            $"{nieuw};Sem;;Jansen;31-02-2011;BB;3;ZW;;;;;",
            $"{TestStudents.NewNumber()};Lotte;;Smit;{Birth(15)};BB;3;Sport;;;;;",
            $"{TestStudents.NewNumber()};Bram;;Kok;{Birth(15)};havo;3;ZW;;;;;",
            $"{nieuw};Sem;;Jansen;{Birth(15)};BB;3;ZW;;;;;",
            $"{TestStudents.NewNumber()};;;Visser;{Birth(15)};BB;3;ZW;;;;;");
        using var client = await TestClient.LoggedInAsync(factory);
        var before = await CountAsync();

        var (_, page) = await PreviewAsync(client, file, "leerlingen.csv");

        var errors = page.QuerySelectorAll("tr.import-fout")
            .Select(tr => tr.QuerySelectorAll("td").Select(td => td.TextContent).ToArray())
            .Select(td => $"{td[0]}|{td[1]}")
            .ToList();
        Assert.Equal(["3|geboortedatum", "4|profiel", "5|leerweg", "6|leerlingnummer", "7|roepnaam"], errors);
        Assert.Equal(
            [ImportFoutCode.DatumOngeldig, ImportFoutCode.ProfielOnbekend, ImportFoutCode.LeerwegOnbekend, ImportFoutCode.LeerlingnummerDubbel, ImportFoutCode.WaardeOntbreekt],
            page.QuerySelectorAll("tr.import-fout").Select(tr => tr.GetAttribute("data-code")));
        Assert.Contains("'31-02-2011' is geen geldige datum", page.QuerySelector("section.import-fouten")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#import-doorvoeren"));
        Assert.Equal(before, await CountAsync());
        var saved = await TestStudents.LoadAsync(factory, student.Id);
        Assert.Equal((3, "3B1"), (saved.Leerjaar, saved.ClassName));
    }

    [Fact]
    public async Task Commit_RechecksTheKeptFile_AStudentAddedInBetweenIsUpdatedNotDoubled()
    {
        // The commit reads the kept file again against the school as it is now: a student another user added after the
        // preview (same number) is updated, not stored twice.
        var number = TestStudents.NewNumber();
        using var client = await TestClient.LoggedInAsync(factory);
        var (_, preview) = await PreviewAsync(client, LasBestanden.Windows1252Csv($"{number};Sem;;Jansen;{Birth(15)};BB;3;ZW;3B1;;;;"), "leerlingen.csv");
        Assert.Equal("1 nieuw, 0 gewijzigd, 0 ongewijzigd.", preview.QuerySelector("#samenvatting")!.TextContent);
        var student = await TestStudents.CreateAsync(factory, "Semmie");
        await using (var db = factory.CreateSystemDbContext())
        {
            (await db.Leerlingen.SingleAsync(l => l.Id == student.Id, TestContext.Current.CancellationToken)).Leerlingnummer = number;
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        var before = await CountAsync();
        var response = await CommitAsync(client, preview);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(before, await CountAsync());
        Assert.Equal("Sem", (await TestStudents.LoadAsync(factory, student.Id)).FirstName);
    }

    [Fact]
    public async Task Import_MissingColumn_IsNamed()
    {
        using var client = await TestClient.LoggedInAsync(factory);
        var file = System.Text.Encoding.UTF8.GetBytes($"leerlingnummer;roepnaam;achternaam;leerweg;leerjaar;profiel\n{TestStudents.NewNumber()};Sem;Jansen;BB;3;ZW\n");

        var (_, page) = await PreviewAsync(client, file, "export.csv");

        var error = Assert.Single(page.QuerySelectorAll("tr.import-fout"));
        Assert.StartsWith("1geboortedatumde kolom ontbreekt", error.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_XlsxWithSharedStringsAndDateSerials_IsReadAndCommitted()
    {
        var number = TestStudents.NewNumber();
        var birth = Arrange.Today.AddYears(-16).AddDays(-3);
        var file = LasBestanden.Xlsx(
            ["Stamnummer", "Voornaam", "Achternaam", "Geboortedatum", "Leerweg", "Leerjaar", "Profiel", "Klas"],
            [number, "Fenna", "de Boer", birth, "vmbo-b", 3, "Groen", "3G1"]);
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, preview) = await PreviewAsync(client, file, "export.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("1 nieuw, 0 gewijzigd, 0 ongewijzigd.", preview.QuerySelector("#samenvatting")?.TextContent);
        await CommitAsync(client, preview);
        await using var db = factory.CreateSystemDbContext();
        var fenna = await db.Leerlingen.SingleAsync(l => l.Leerlingnummer == number, TestContext.Current.CancellationToken);
        Assert.Equal((birth, "GR", 3, "3G1"), (fenna.BirthDate, fenna.ProfielCode, fenna.Leerjaar, fenna.ClassName));
    }

    [Fact]
    public async Task Import_FileOverFiveMegabytes_IsRefusedInDutch()
    {
        using var client = await TestClient.LoggedInAsync(factory);
        var file = new byte[(5 * 1024 * 1024) + 1];

        var (response, page) = await PreviewAsync(client, file, "groot.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("hoogstens 5 MB", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_BrokenXlsx_GivesDutchMessage()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await PreviewAsync(client, "PK\u0003\u0004 kapot"u8.ToArray(), "kapot.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("geen leesbaar Excel-bestand", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_Mentor_IsForbidden()
    {
        using var client = await TestClient.LoggedInAsync(factory, "mentor");

        var (response, _) = await client.GetPageAsync(Url);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Geweigerd", response.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
    }

    private async Task<int> CountAsync()
    {
        await using var db = factory.CreateSystemDbContext();
        return await db.Leerlingen.CountAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Posts the file form as a browser does: multipart, with the antiforgery token of the page.</summary>
    /// <summary>Uploads <paramref name="file"/> to the import's preview under <paramref name="fileName"/>, as the form does.</summary>
    internal static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PreviewAsync(TestClient client, byte[] file, string fileName)
    {
        var (_, page) = await client.GetPageAsync(Url);
        var form = page.QuerySelector<IHtmlFormElement>("#import-bestand")!;
        var token = form.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var bytes = new ByteArrayContent(file);
        bytes.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        content.Add(bytes, "Bestand", fileName);
        var response = await client.Http.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content, TestContext.Current.CancellationToken);
        return (response, await TestClient.ParseAsync(response));
    }

    private static Task<HttpResponseMessage> CommitAsync(TestClient client, IHtmlDocument preview) =>
        client.SubmitAsync(Url, preview.QuerySelector<IHtmlFormElement>("#import-doorvoeren")!, new Dictionary<string, string>());
}
