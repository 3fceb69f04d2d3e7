using System.Globalization;
using System.Net;
using System.Text;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.IntegrationTests.Pages.Leerlingen;
using Leerwerk.Web.Infrastructure.Import;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Uploads;

/// <summary>
/// The largest students file the upload limit takes (5 MB, some 100 000 rows): its preview page stays under 1 MB of HTML,
/// as it carries the first rows and the id of the kept file, not the file; the commit with only that id posted back
/// stores every row. Its own app and database: it adds a school's worth of students.
/// </summary>
public sealed class GrootImportVoorbeeldTests(GrootImportVoorbeeldTests.EigenApp app) : IClassFixture<GrootImportVoorbeeldTests.EigenApp>
{
    private const int EenMegabyte = 1024 * 1024;

    [Fact]
    public async Task Preview_OfTheLargestStudentsFile_IsUnderOneMegabyte_AndCommitsWithTheIdAlone()
    {
        var ct = TestContext.Current.CancellationToken;
        var (file, rows) = LargestFile();
        // Storing 100 000 students with their audit entries takes longer than HttpClient's default 100 seconds on a busy machine.
        using var client = TestClient.Create(app);
        client.Http.Timeout = TimeSpan.FromMinutes(10);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync("/Account/Inloggen", "form", new Dictionary<string, string> { ["Input.UserName"] = "coordinator", ["Input.Password"] = Data.Demo.DemoUsers.Password })).StatusCode);
        int before;
        await using (var db = app.CreateSystemDbContext())
        {
            before = await db.Leerlingen.CountAsync(ct);
        }

        var (response, preview) = await ImportTests.PreviewAsync(client, file, "groot.csv");
        var html = await response.Content.ReadAsByteArrayAsync(ct);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(rows > 90_000, $"{rows} rows");
        Assert.True(html.Length < EenMegabyte, $"{html.Length} bytes for {rows} rows");
        TestContext.Current.SendDiagnosticMessage($"Preview of {rows} rows ({file.Length} bytes): {html.Length} bytes of HTML.");
        Assert.Equal(ImportVoorbeeld.ToonRegels, preview.QuerySelectorAll("table tbody tr[data-leerlingnummer]").Length);
        var form = preview.QuerySelector<IHtmlFormElement>("#import-doorvoeren")!;
        Assert.Equal(["SchoolId", "VoorbeeldId", "__RequestVerificationToken"], form.QuerySelectorAll("input").Select(i => i.GetAttribute("name")!).Order(StringComparer.Ordinal));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var commit = await client.SubmitAsync("/Leerlingen/Import", form, new Dictionary<string, string>());
        TestContext.Current.SendDiagnosticMessage($"Commit of {rows} rows: {watch.Elapsed}.");

        Assert.Equal(HttpStatusCode.Redirect, commit.StatusCode);
        await using (var db = app.CreateSystemDbContext())
        {
            Assert.Equal(before + rows, await db.Leerlingen.CountAsync(ct));
            Assert.Equal(0, await db.ImportBestanden.CountAsync(ct));
        }
    }

    /// <summary>As many new students as fit in the upload limit.</summary>
    private static (byte[] File, int Rows) LargestFile()
    {
        var birth = Arrange.Today.AddYears(-15).AddDays(-30).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        var rows = new List<string>();
        var size = Encoding.ASCII.GetByteCount(LasBestanden.Header) + 2;
        while (true)
        {
            var row = string.Create(CultureInfo.InvariantCulture, $"G{rows.Count:D6};Vera;;Groot;{birth};BB;3;ZW;3G{rows.Count % 9};;;;");
            if (size + row.Length + 2 > LasImportModel.MaxBytes)
            {
                break;
            }

            rows.Add(row);
            size += row.Length + 2;
        }

        return (LasBestanden.Windows1252Csv([.. rows]), rows.Count);
    }

    /// <summary>An app and demo database of this test alone.</summary>
    public sealed class EigenApp : LeerwerkAppFactory;
}
