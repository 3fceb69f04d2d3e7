using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Leerwerk.Data.Demo;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.IntegrationTests.Pages.Leerlingen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Inrichting;

/// <summary>The student's home address through the form, and both addresses in a downloaded agreement.</summary>
[Collection(WebCollection.Name)]
public sealed class AdressenTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task NieuweLeerling_WithAddress_StoredWithNormalizedPostcodeAndShown()
    {
        var number = TestStudents.NewNumber();
        using var client = await TestClient.LoggedInAsync(factory);
        var form = TestStudents.ValidForm(number);
        form["Input.Street"] = "Waalstraat";
        form["Input.HouseNumber"] = "3b";
        form["Input.PostalCode"] = "4002cd";
        form["Input.City"] = "Tiel";

        var response = await client.SubmitFormAsync("/Leerlingen/Nieuw", "form.stacked", form);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, details) = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Waalstraat 3b, 4002 CD Tiel", details.QuerySelector("#woonadres")!.TextContent.Trim());
    }

    [Fact]
    public async Task NieuweLeerling_HalfAnAddress_DutchMessagesAndNothingStored()
    {
        var number = TestStudents.NewNumber();
        using var client = await TestClient.LoggedInAsync(factory);
        var form = TestStudents.ValidForm(number);
        form["Input.Street"] = "Waalstraat";
        form["Input.PostalCode"] = "40 02";

        var response = await client.SubmitFormAsync("/Leerlingen/Nieuw", "form.stacked", form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Equal("Vul het huisnummer in.", page.QuerySelector("[data-fout-voor='Input.HouseNumber']")!.TextContent.Trim());
        Assert.Equal("'40 02' is geen postcode: schrijf vier cijfers en twee letters, bijvoorbeeld 1234 AB.", page.QuerySelector("[data-fout-voor='Input.PostalCode']")!.TextContent.Trim());
        Assert.Equal("Vul de plaats in.", page.QuerySelector("[data-fout-voor='Input.City']")!.TextContent.Trim());
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.Leerlingen.AnyAsync(l => l.Leerlingnummer == number, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Leerwerkovereenkomst_Docx_ShowsTheSchoolsAndTheStudentsAddress()
    {
        var ct = TestContext.Current.CancellationToken;
        int id;
        string street;
        await using (var db = factory.CreateSystemDbContext())
        {
            var schoolId = await db.Scholen.Where(s => s.Brin == DemoSchool.Brin).Select(s => s.Id).SingleAsync(ct);
            var agreement = await db.Leerwerkovereenkomsten.Where(l => l.SchoolId == schoolId)
                .Select(l => new { l.Id, l.Leerling!.Street, l.Leerling.HouseNumber }).FirstAsync(ct);
            (id, street) = (agreement.Id, $"wonend {agreement.Street} {agreement.HouseNumber}, ");
        }

        using var client = await TestClient.LoggedInAsync(factory);
        using var response = await client.Http.GetAsync(new Uri($"/Documenten/Leerwerkovereenkomst/{id}?formaat=docx", UriKind.Relative), ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(ct));
        using var document = WordprocessingDocument.Open(stream, isEditable: false);
        var text = string.Join('\n', document.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText));
        Assert.Contains($"{DemoSchool.SchoolName} (BRIN\u00A0{DemoSchool.Brin}00), Rivierenlaan 12, 4001\u00A0AB Tiel, hierna: de school", text, StringComparison.Ordinal);
        Assert.Contains(street, text, StringComparison.Ordinal);
    }
}
