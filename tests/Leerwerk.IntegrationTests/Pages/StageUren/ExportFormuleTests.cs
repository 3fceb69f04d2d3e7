using System.Net;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.StageUren;

/// <summary>
/// Formula injection (OWASP "CSV injection") through the real export of the stage-hours overview: a Leerling whose
/// first name is "=2+3" is exported as text in CSV and XLSX, while the numbers stay numbers. The student belongs to
/// a school of its own, so the export holds only that row and the demo school's totals do not change.
/// </summary>
[Collection(WebCollectionB.Name)]
public sealed class ExportFormuleTests(LeerwerkAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<TestClient> ClientWithFormulaStudentAsync()
    {
        var (records, userName) = await Arrange.OtherSchoolUserAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var leerling = await db.Leerlingen.SingleAsync(l => l.Id == records.LeerlingId, Ct);
        leerling.FirstName = "=2+3";
        db.RouteBesluiten.Add(new RouteBesluit
        {
            SchoolId = records.SchoolId,
            LeerlingId = leerling.Id,
            Route = Leerroute.LeerWerktraject,
            StartDate = Arrange.Today.AddMonths(-2),
            DecidedBy = "Toelatingscommissie",
            ConsultedStudentAndParents = true,
        });
        await db.SaveChangesAsync(Ct);
        return await TestClient.LoggedInAsync(factory, userName, Arrange.Password);
    }

    [Fact]
    public async Task Csv_FirstNameLikeAFormula_IsWrittenAsText()
    {
        using var client = await ClientWithFormulaStudentAsync();

        var response = await client.Http.GetAsync(new Uri("/StageUren?handler=Csv", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var bytes = await response.Content.ReadAsByteArrayAsync(Ct);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        var cells = Assert.Single(lines[1..]).Split(';');
        Assert.Equal(("X1", "'=2+3 Leerling", "0"), (cells[0], cells[1], cells[4]));
    }

    [Fact]
    public async Task Xlsx_FirstNameLikeAFormula_IsATextCellAndHoursStayANumber()
    {
        using var client = await ClientWithFormulaStudentAsync();

        var response = await client.Http.GetAsync(new Uri("/StageUren?handler=Xlsx", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(Ct));
        using var document = SpreadsheetDocument.Open(stream, false);
        var row = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ElementAt(1).Elements<Cell>().ToList();
        Assert.Equal((CellValues.InlineString, "'=2+3 Leerling"), (row[1].DataType!.Value, row[1].InnerText));
        Assert.DoesNotContain(row, c => c.CellFormula is not null);
        Assert.Equal(CellValues.Number, row[4].DataType!.Value);
    }
}
