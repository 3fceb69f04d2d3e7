using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.IntegrationTests.Pages.Leerlingen;
using Leerwerk.Web.Infrastructure.Import;
using Leerwerk.Web.Pages.Leerlingen.Import;

namespace Leerwerk.IntegrationTests.Pages.Uploads;

/// <summary>
/// Both XLSX imports (students, grades) answer a zip bomb and a broken package with a Dutch message on the form that
/// names the file, and the process grows by less than 300 MB while the bomb is read: the reader counts what it
/// unpacks and stops at the limits, whatever the zip declares.
/// </summary>
[Collection(GeheugenCollection.Name)]
public sealed class XlsxBomTests(LeerwerkAppFactory factory)
{
    private const long MaxGroei = 300L * 1024 * 1024;

    public static TheoryData<string, string, string> Bommen() => new()
    {
        { "/Leerlingen/Import", nameof(XlsxBommen.EenCel), "met meer dan 32.767 tekens" },
        { "/Leerlingen/Import", nameof(XlsxBommen.VeleRijen), "meer dan 100.000 rijen" },
        { "/Leerlingen/Import", nameof(XlsxBommen.Witruimte), "bevat uitgepakt meer dan 20 MB" },
        { "/Leerlingen/Import", nameof(XlsxBommen.Leugen), "‘bom.xlsx’" },
        { "/Examen/Cijfers/Importeren", nameof(XlsxBommen.EenCel), "met meer dan 32.767 tekens" },
        { "/Examen/Cijfers/Importeren", nameof(XlsxBommen.VeleRijen), "meer dan 100.000 rijen" },
        { "/Examen/Cijfers/Importeren", nameof(XlsxBommen.Witruimte), "bevat uitgepakt meer dan 20 MB" },
        { "/Examen/Cijfers/Importeren", nameof(XlsxBommen.Leugen), "‘bom.xlsx’" },
    };

    [Theory]
    [MemberData(nameof(Bommen))]
    public async Task ZipBomb_GetsDutchMessage_AndTheProcessGrowsLessThan300MB(string url, string soort, string bericht)
    {
        var bom = XlsxBommen.Get(soort);
        Assert.True(bom.Length < 1024 * 1024, $"{bom.Length} bytes");
        using var client = await TestClient.LoggedInAsync(factory);

        var ((response, page), groei) = await MeetAsync(() => PreviewAsync(client, url, bom, "bom.xlsx"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var fout = page.QuerySelector(".form-errors")!.TextContent;
        Assert.Contains("‘bom.xlsx’", fout, StringComparison.Ordinal);
        Assert.Contains(bericht, fout, StringComparison.Ordinal);
        Assert.True(groei.Beheerd < MaxGroei, $"managed heap grew {groei.Beheerd / (1024 * 1024)} MB");
        Assert.True(groei.Werkset < MaxGroei, $"working set grew {groei.Werkset / (1024 * 1024)} MB");
    }

    [Theory]
    [InlineData("/Leerlingen/Import")]
    [InlineData("/Examen/Cijfers/Importeren")]
    public async Task BrokenPackage_GarbageContentTypesOrRelations_GetsDutchMessage(string url)
    {
        var werkmap = LasBestanden.Xlsx(["Stamnummer", "Voornaam"], ["123", "Fenna"]);
        using var client = await TestClient.LoggedInAsync(factory);

        foreach (var (onderdeel, inhoud) in new[] { ("[Content_Types].xml", "<Types><<< geen xml"), ("_rels/.rels", "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"b\">]><x/>"), ("xl/workbook.xml", "\u0001") })
        {
            var (response, page) = await PreviewAsync(client, url, Vervang(werkmap, onderdeel, inhoud), "kapot.xlsx");

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("‘kapot.xlsx’ is geen leesbaar Excel-bestand", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Limits_AreTheConfiguredOnes_CountedOnWhatIsUnpacked()
    {
        var werkmap = LasBestanden.Xlsx(["Stamnummer", "Voornaam"], ["1", "Fenna"], ["2", "Noël"], ["3", "Zoë"]);

        Assert.NotNull(LasXlsx.Lees(werkmap, "goed.xlsx").Tabel);
        Assert.Equal("Het bestand ‘r.xlsx’ heeft meer dan 3 rijen; zo’n werkmap leest Leerwerk niet in. Splits het in kleinere bestanden.",
            LasXlsx.Lees(werkmap, "r.xlsx", new XlsxLimieten { MaxRijen = 3 }).Fout);
        Assert.Contains("meer dan 7 cellen", LasXlsx.Lees(werkmap, "c.xlsx", new XlsxLimieten { MaxCellen = 7 }).Fout, StringComparison.Ordinal);
        // "Stamnummer", ten characters, is the longest text.
        Assert.Contains("met meer dan 9 tekens", LasXlsx.Lees(werkmap, "t.xlsx", new XlsxLimieten { MaxCelTekens = 9 }).Fout, StringComparison.Ordinal);
        Assert.Null(LasXlsx.Lees(werkmap, "t.xlsx", new XlsxLimieten { MaxCelTekens = 10 }).Fout);
        Assert.Contains("bevat uitgepakt meer dan 0 MB", LasXlsx.Lees(werkmap, "u.xlsx", new XlsxLimieten { MaxUitgepaktBytes = 1000 }).Fout, StringComparison.Ordinal);
    }

    /// <summary>
    /// A zip whose directory declares a 1 kB sheet that really holds 200 MB: the declared size passes the first check,
    /// and the reading stops with a Dutch message (the zip reader refuses the lie, or the count stops it) instead of
    /// unpacking 200 MB.
    /// </summary>
    [Fact]
    public void DeclaredSizeThatLies_IsRefusedWhileUnpacking()
    {
        var fout = LasXlsx.Lees(XlsxBommen.Leugen, "leugen.xlsx").Fout;

        Assert.NotNull(fout);
        Assert.StartsWith("Het bestand ‘leugen.xlsx’", fout, StringComparison.Ordinal);
    }

    private static async Task<(T Resultaat, (long Beheerd, long Werkset) Groei)> MeetAsync<T>(Func<Task<T>> actie)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var beheerd = GC.GetTotalMemory(forceFullCollection: true);
        var werkset = Environment.WorkingSet;
        var (piekBeheerd, piekWerkset) = (beheerd, werkset);
        using var klaar = new CancellationTokenSource();
        var meter = Task.Run(async () =>
        {
            while (!klaar.IsCancellationRequested)
            {
                piekBeheerd = Math.Max(piekBeheerd, GC.GetTotalMemory(forceFullCollection: false));
                piekWerkset = Math.Max(piekWerkset, Environment.WorkingSet);
                await Task.Delay(5, CancellationToken.None);
            }
        }, CancellationToken.None);
        var resultaat = await actie();
        await klaar.CancelAsync();
        await meter;
        return (resultaat, (piekBeheerd - beheerd, piekWerkset - werkset));
    }

    private static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> PreviewAsync(TestClient client, string url, byte[] file, string fileName)
    {
        var (_, page) = await client.GetPageAsync(url);
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

    private static byte[] Vervang(byte[] werkmap, string onderdeel, string inhoud)
    {
        using var stream = new MemoryStream();
        stream.Write(werkmap);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry(onderdeel)?.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(onderdeel).Open());
            writer.Write(inhoud);
        }

        return stream.ToArray();
    }
}
