using System.Globalization;
using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Profielen;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Rapportage;

/// <summary>
/// The LWT registration export (rule A7): every LWT student of the demo school with his profiel's LWT vakcode, and a
/// refusal listing the students whose profielvak carries a regular code or another profiel's LWT code. A fresh app of
/// its own, so no other test's students are in the export.
/// </summary>
public sealed class LwtInschrijvingTests(LeerwerkAppFactory factory) : IClassFixture<LeerwerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DemoSchool_EveryLwtStudentHasTheVakcodeOfHisProfiel_InCsvAndXlsx()
    {
        var lwt = await Arrange.LwtStudentsTodayAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var (page, document) = await client.GetPageAsync("/Rapportage/Inschrijving");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Null(document.GetElementById("weigering"));

        using var csv = await client.Http.GetAsync(new Uri("/Rapportage/Inschrijving?handler=Csv", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        var bytes = await csv.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Select(l => l.Split(';')).ToList();
        Assert.Equal("Leerlingnummer;Naam;Profiel;LWT-vakcode", string.Join(';', lines[0]));
        var codes = lines.Skip(1).ToDictionary(l => l[0], l => l[3]);
        Assert.Equal(lwt.Count, codes.Count);
        foreach (var student in lwt)
        {
            Assert.Equal(Profielen.Find(student.ProfielCode)!.LwtVakcode.ToString(CultureInfo.InvariantCulture), codes[student.Leerlingnummer]);
        }

        using var xlsx = await client.Http.GetAsync(new Uri("/Rapportage/Inschrijving?handler=Xlsx", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, xlsx.StatusCode);
        using var stream = new MemoryStream(await xlsx.Content.ReadAsByteArrayAsync(Ct));
        using var sheet = SpreadsheetDocument.Open(stream, false);
        var rows = sheet.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().Skip(1).Select(r => r.Elements<Cell>().ToList()).ToList();
        Assert.Equal(lwt.Count, rows.Count);
        Assert.All(rows, r => Assert.Equal(codes[r[0].InnerText], r[3].InnerText));

        // The file holds leerlingnummers and names: its download is audited as an export.
        await using var db = factory.CreateSystemDbContext();
        Assert.True(await db.Audit.AnyAsync(a => a.EntityId == "/Rapportage/Inschrijving", Ct));
    }

    [Fact]
    public async Task RegularCodeOrAnotherProfielsCode_TheExportRefusesWithTheList()
    {
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        var gewoon = await LwtStudentAsync(schoolId, "Gewone", "ZW-BB");
        var ander = await LwtStudentAsync(schoolId, "Andere", "7011");
        try
        {
            using var client = await TestClient.LoggedInAsync(factory);
            using var csv = await client.Http.GetAsync(new Uri("/Rapportage/Inschrijving?handler=Csv", UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, csv.StatusCode);
            Assert.StartsWith("text/html", csv.Content.Headers.ContentType?.MediaType, StringComparison.Ordinal);
            var page = await TestClient.ParseAsync(csv);
            Assert.Contains("De export is geweigerd", page.GetElementById("weigering")!.TextContent, StringComparison.Ordinal);
            var fouten = page.QuerySelectorAll("#fouten tbody tr").Select(r => r.TextContent).ToList();
            Assert.Equal(2, fouten.Count);
            Assert.Contains(fouten, r => r.Contains(gewoon, StringComparison.Ordinal) && r.Contains("gewone vakcode ZW-BB", StringComparison.Ordinal)
                && r.Contains("7611", StringComparison.Ordinal));
            Assert.Contains(fouten, r => r.Contains(ander, StringComparison.Ordinal) && r.Contains("LWT-vakcode 7011 van BWI", StringComparison.Ordinal));

            using var xlsx = await client.Http.GetAsync(new Uri("/Rapportage/Inschrijving?handler=Xlsx", UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.UnprocessableEntity, xlsx.StatusCode);
        }
        finally
        {
            await using var db = factory.CreateSystemDbContext();
            await db.VakCodes.Where(c => c.Code == "ZW-BB" || c.Code == "7011").ExecuteDeleteAsync(Ct);
            db.RemoveRange(await db.Leerlingen.Where(l => l.Leerlingnummer == gewoon || l.Leerlingnummer == ander).ToListAsync(Ct));
            await db.SaveChangesAsync(Ct);
        }
    }

    /// <summary>An LWT student in Zorg en welzijn whose profielvak the school's LAS exports under <paramref name="code"/>.</summary>
    private async Task<string> LwtStudentAsync(int schoolId, string firstName, string code)
    {
        var vak = $"Profielvak {firstName.ToLowerInvariant()} {Guid.NewGuid():N}"[..30];
        var nummer = $"A7{Random.Shared.Next(100_000, 999_999)}";
        await using var db = factory.CreateSystemDbContext();
        var student = new Leerling
        {
            SchoolId = schoolId,
            Leerlingnummer = nummer,
            FirstName = firstName,
            LastName = "Vakcode",
            BirthDate = Arrange.Today.AddYears(-15),
            Leerweg = Leerweg.Bb,
            ProfielCode = "ZW",
            Leerjaar = 3,
        };
        student.Routes.Add(new RouteBesluit { SchoolId = schoolId, Route = Leerroute.LeerWerktraject, StartDate = Arrange.Today.AddMonths(-1), DecidedBy = "test" });
        student.Vakken.Add(new Vak { SchoolId = schoolId, Name = vak, Soort = VakSoort.Profielvak, Deel = VakDeel.Profieldeel });
        db.Leerlingen.Add(student);
        db.VakCodes.Add(new VakCode { SchoolId = schoolId, Code = code, Name = vak, Soort = VakSoort.Profielvak, Deel = VakDeel.Profieldeel });
        await db.SaveChangesAsync(Ct);
        return nummer;
    }
}
