using System.IO.Compression;
using System.Net;
using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Pages.Leerlingen;

/// <summary>
/// Hostile workbooks, made at run time: a small upload that unpacks huge, a broken OOXML part and a file that is
/// no workbook at all each get a Dutch message on the form that names the file, never a 500.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class ImportXlsxGrenzenTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Import_XlsxThatUnpacksHuge_IsRefusedBeforeReading()
    {
        // 25 MB of one letter compresses to a few dozen kB: far under the 5 MB upload limit.
        var file = WithEntry(Werkmap(), "xl/sharedStrings2.xml", new string('x', 25 * 1024 * 1024));
        Assert.True(file.Length < 1024 * 1024);
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await ImportTests.PreviewAsync(client, file, "bom.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var error = page.QuerySelector(".form-errors")!.TextContent;
        Assert.Contains("‘bom.xlsx’ bevat uitgepakt meer dan 20 MB", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_XlsxWithGarbageContentTypes_GivesDutchMessageNamingTheFile()
    {
        var file = WithEntry(Werkmap(), "[Content_Types].xml", "<Types><<< geen xml");
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await ImportTests.PreviewAsync(client, file, "kapot.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("‘kapot.xlsx’ is geen leesbaar Excel-bestand", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_PdfNamedXlsx_GivesDutchMessageNamingTheFile()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await ImportTests.PreviewAsync(client, "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF"u8.ToArray(), "leerlingen.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("‘leerlingen.xlsx’ is geen leesbaar Excel-bestand", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
    }

    private static byte[] Werkmap() => LasBestanden.Xlsx(["Stamnummer", "Voornaam"], [TestStudents.NewNumber(), "Fenna"]);

    /// <summary>The workbook with <paramref name="name"/> added, or replaced when it is there.</summary>
    private static byte[] WithEntry(byte[] workbook, string name, string content)
    {
        using var stream = new MemoryStream();
        stream.Write(workbook);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(name)?.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name, CompressionLevel.Optimal).Open());
            writer.Write(content);
        }

        return stream.ToArray();
    }
}
