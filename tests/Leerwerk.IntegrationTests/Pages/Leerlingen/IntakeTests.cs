using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Leerlingen.Intakes;
using Leerwerk.Domain.Scholen;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Leerlingen;

/// <summary>The intake page (rules B7, B8): Dutch dates in and out, the kandidaatstellingsbrief, the decision, the school's steps.</summary>
[Collection(WebCollection.Name)]
public sealed class IntakeTests(LeerwerkAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Dictionary<string, string> Steps() => new()
    {
        ["Input.SignaleringDate"] = "19-12-2025",
        ["Input.SignaleringDoor"] = "Mentor Bakker",
        ["Input.AanmeldingDate"] = "20 maart 2026",
        ["Input.BriefOndertekend"] = "true",
        ["Input.VoorlichtingDate"] = "2-4-2026",
        ["Input.IntakegesprekDate"] = "15-04-2026",
        ["Input.IntakegesprekNotes"] = "Wil de zorg in.",
        ["Input.MentorgesprekDate"] = "20-04-2026",
        ["Input.BesluitDate"] = "12-05-2026",
        ["Input.Besluit"] = nameof(IntakeBesluit.Afgewezen),
        ["Input.Alternatief"] = nameof(IntakeAlternatief.Praktijkonderwijs),
        ["Input.BesluitReden"] = "Nog niet stagevaardig.",
    };

    /// <summary>Posts the intake form as multipart (it carries the letter), with its own fields overridden by <paramref name="values"/>.</summary>
    private static async Task<HttpResponseMessage> PostAsync(TestClient client, int id, Dictionary<string, string> values, byte[]? file = null, string fileName = "brief.pdf")
    {
        var (_, page) = await client.GetPageAsync($"/Leerlingen/Intake/{id}");
        var form = page.QuerySelector<IHtmlFormElement>("#intake")!;
        using var content = new MultipartFormDataContent();
        foreach (var input in form.Elements.OfType<IHtmlInputElement>().Where(i => i.Type == "hidden" && !values.ContainsKey(i.Name!)))
        {
            content.Add(new StringContent(input.Value), input.Name!);
        }

        foreach (var (name, value) in values)
        {
            content.Add(new StringContent(value), name);
        }

        if (file is not null)
        {
            content.Add(new ByteArrayContent(file), "Brief", fileName);
        }

        return await client.Http.PostAsync(new Uri($"/Leerlingen/Intake/{id}", UriKind.Relative), content, Ct);
    }

    private async Task<Intake?> IntakeAsync(int id)
    {
        await using var db = factory.CreateSystemDbContext();
        return await db.Intakes.SingleOrDefaultAsync(i => i.LeerlingId == id, Ct);
    }

    [Fact]
    public async Task Record_DutchDatesAndRefusal_AreSavedAndShownInDutchOnTheDossier()
    {
        var student = await TestStudents.CreateAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await PostAsync(client, student.Id, Steps());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var intake = await IntakeAsync(student.Id);
        Assert.NotNull(intake);
        Assert.Equal(new DateOnly(2026, 3, 20), intake.AanmeldingDate);
        Assert.Equal(new DateOnly(2026, 4, 2), intake.VoorlichtingDate);
        Assert.Equal((IntakeBesluit.Afgewezen, IntakeAlternatief.Praktijkonderwijs), (intake.Besluit!.Value, intake.Alternatief!.Value));
        var (_, page) = await client.GetPageAsync($"/Leerlingen/Intake/{student.Id}");
        Assert.Equal("15-04-2026", page.QuerySelector<IHtmlInputElement>("#Input_IntakegesprekDate")!.Value);
        var (_, dossier) = await client.GetPageAsync($"/Leerlingen/Details/{student.Id}");
        var section = dossier.QuerySelector("section.intake")!.TextContent;
        Assert.Contains("19 december 2025", section, StringComparison.Ordinal);
        Assert.Contains("Afgewezen", section, StringComparison.Ordinal);
        Assert.Contains("verwijzing naar praktijkonderwijs", section, StringComparison.Ordinal);
        Assert.NotNull(dossier.QuerySelector("#link-intake"));
    }

    [Fact]
    public async Task Record_BadDate_NamesTheFieldInDutchAndKeepsEverything()
    {
        var student = await TestStudents.CreateAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);
        var values = Steps();
        values["Input.MentorgesprekDate"] = "31-02-2026";

        var response = await PostAsync(client, student.Id, values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Contains("Datum gesprek met de mentor: '31-02-2026' is geen datum", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("31-02-2026", page.QuerySelector<IHtmlInputElement>("#Input_MentorgesprekDate")!.Value);
        Assert.Equal("Wil de zorg in.", page.QuerySelector<IHtmlTextAreaElement>("#Input_IntakegesprekNotes")!.Value);
        Assert.Null(await IntakeAsync(student.Id));
    }

    [Fact]
    public async Task Letter_Pdf_IsStoredAndDownloadable()
    {
        var student = await TestStudents.CreateAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n% kandidaatstellingsbrief\n%%EOF");

        var response = await PostAsync(client, student.Id, Steps(), pdf, "brief-noor.pdf");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await client.GetPageAsync($"/Leerlingen/Intake/{student.Id}");
        var link = page.QuerySelector<IHtmlAnchorElement>("a.brief-download")!;
        var download = await client.Http.GetAsync(new Uri(link.GetAttribute("href")!, UriKind.Relative), Ct);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(pdf, await download.Content.ReadAsByteArrayAsync(Ct));
        Assert.Equal("brief-noor.pdf", (await IntakeAsync(student.Id))!.BriefFileName);
    }

    [Theory]
    [InlineData(false, "geen PDF-bestand")]
    [InlineData(true, "ten hoogste 5 MB")]
    public async Task Letter_NotPdfOrTooLarge_IsRefusedInDutchAndTheStoredLetterStays(bool tooLarge, string message)
    {
        var student = await TestStudents.CreateAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);
        var pdf = Encoding.ASCII.GetBytes("%PDF-1.4 eerste brief");
        await PostAsync(client, student.Id, Steps(), pdf);
        var bad = tooLarge ? [.. "%PDF"u8, .. new byte[(5 * 1024 * 1024) + 1]] : Encoding.ASCII.GetBytes("PK\u0003\u0004 een docx");
        var values = Steps();
        values["Input.BesluitReden"] = "Gewijzigd";

        var response = await PostAsync(client, student.Id, values, bad, "brief.docx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Gewijzigd", page.QuerySelector<IHtmlTextAreaElement>("#Input_BesluitReden")!.Value);
        var stored = await IntakeAsync(student.Id);
        Assert.Equal(pdf, stored!.BriefPdf);
        Assert.Equal("Nog niet stagevaardig.", stored.BesluitReden);
    }

    [Fact]
    public async Task ReadOnlyStaff_ReadsButCannotRecord()
    {
        var student = await TestStudents.CreateAsync(factory);
        using var reader = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var (response, page) = await reader.GetPageAsync($"/Leerlingen/Intake/{student.Id}");
        var token = page.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")?.Value ?? string.Empty;
        var fields = Steps();
        fields["__RequestVerificationToken"] = token;
        using var content = new FormUrlEncodedContent(fields);
        var post = await reader.Http.PostAsync(new Uri($"/Leerlingen/Intake/{student.Id}", UriKind.Relative), content, Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector("table.intake-stand"));
        Assert.Null(page.QuerySelector("#intake"));
        Assert.Contains("/Account/Geweigerd", post.Headers.Location?.OriginalString ?? string.Empty, StringComparison.Ordinal);
        Assert.Null(await IntakeAsync(student.Id));
    }

    [Fact]
    public async Task StudentOfAnotherSchool_IsADutchNotFound()
    {
        int id;
        await using (var db = factory.CreateSystemDbContext())
        {
            var school = new School { Name = "Andere school intake", BevoegdGezag = "Stichting Elders", Brin = "96ZZ" };
            db.Scholen.Add(school);
            await db.SaveChangesAsync(Ct);
            var student = new Leerling { SchoolId = school.Id, Leerlingnummer = TestStudents.NewNumber(), FirstName = "Elders", LastName = "Intake", BirthDate = Arrange.Today.AddYears(-15), Leerjaar = 3 };
            db.Leerlingen.Add(student);
            await db.SaveChangesAsync(Ct);
            db.Intakes.Add(new Intake { SchoolId = school.Id, LeerlingId = student.Id, BriefPdf = "%PDF-geheim"u8.ToArray() });
            await db.SaveChangesAsync(Ct);
            id = student.Id;
        }

        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync($"/Leerlingen/Intake/{id}");
        var brief = await client.Http.GetAsync(new Uri($"/Leerlingen/Intake/{id}?handler=Brief", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("niet gevonden", page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(HttpStatusCode.NotFound, brief.StatusCode);
    }

    [Fact]
    public async Task Settings_SwitchedOffStep_LeavesTheFormAndTheAdvice()
    {
        var student = await TestStudents.CreateAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);
        var all = Enum.GetValues<IntakeStap>().Where(s => s != IntakeStap.Voorlichting).Select(s => s.ToString()).ToList();
        try
        {
            var (_, page) = await client.GetPageAsync($"/Leerlingen/Intake/{student.Id}");
            var form = page.QuerySelector<IHtmlFormElement>("#intake-instellingen")!;
            var token = form.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")!.Value;
            var fields = all.Select(s => new KeyValuePair<string, string>("Stappen", s)).Append(new("__RequestVerificationToken", token));
            using var content = new FormUrlEncodedContent(fields);
            var response = await client.Http.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content, Ct);

            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            var (_, after) = await client.GetPageAsync($"/Leerlingen/Intake/{student.Id}");
            Assert.Null(after.QuerySelector("#Input_VoorlichtingDate"));
            Assert.NotNull(after.QuerySelector("#Input_MentorgesprekDate"));
            Assert.False(after.QuerySelector<IHtmlInputElement>("#stap-Voorlichting")!.IsChecked);
        }
        finally
        {
            await using var db = factory.CreateSystemDbContext();
            var school = await db.Scholen.SingleAsync(s => s.Id == student.SchoolId, Ct);
            school.IntakeInstellingen.Set(IntakeStap.Voorlichting, used: true);
            await db.SaveChangesAsync(Ct);
        }
    }
}
