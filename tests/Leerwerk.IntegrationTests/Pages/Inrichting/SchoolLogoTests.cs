using System.IO.Compression;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Data.Identity;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Inrichting;

/// <summary>
/// The optional school logo (step 1 of the set-up): only a real PNG or JPEG of at most 200 kB is stored, it is served
/// to the school's own users and shown in the header, and the audit trail keeps its size, not its bytes. Each test
/// works on a school of its own, so the demo school's header stays as the other tests expect it.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SchoolLogoTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Upload_Png_IsServedToTheSchool_ShownInTheHeader_AndAuditedWithoutItsBytes()
    {
        var (schoolId, client) = await BeheerderOfOwnSchoolAsync();
        using var session = client;
        var png = TinyPng();

        var response = await UploadAsync(client, schoolId, png, "logo.png");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var (_, page) = await client.GetPageAsync("/Inrichting");
        var logo = page.QuerySelector<IHtmlImageElement>("#schoollogo")!;
        Assert.Equal(page.GetElementById("schoolnaam")!.TextContent, logo.AlternativeText);
        var served = await client.Http.GetAsync(new Uri(logo.GetAttribute("src")!, UriKind.Relative), TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, served.StatusCode);
        Assert.Equal("image/png", served.Content.Headers.ContentType!.MediaType);
        Assert.Equal(png, await served.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        Assert.True(served.Headers.CacheControl!.MaxAge >= TimeSpan.FromDays(30));
        await using var db = factory.CreateSystemDbContext();
        var audit = await db.Audit.Where(a => a.EntityType == "School" && a.EntityId == schoolId.ToString(System.Globalization.CultureInfo.InvariantCulture) && a.Changes.Contains("Logo"))
            .Select(a => a.Changes).ToListAsync(TestContext.Current.CancellationToken);
        Assert.Contains(audit, c => c.Contains($"[{png.Length} bytes]", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, c => c.Contains(Convert.ToBase64String(png), StringComparison.Ordinal));
    }

    [Fact]
    public async Task Upload_GarbageNamedPng_AndATooLargeFile_AreRefusedWithADutchMessage()
    {
        var (schoolId, client) = await BeheerderOfOwnSchoolAsync();
        using var session = client;
        byte[] garbage = [0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x02, 0x03, 0x04];
        var large = TinyPng().Concat(new byte[300 * 1024]).ToArray();

        var wrongType = await UploadAsync(client, schoolId, garbage, "foto.png");
        var tooLarge = await UploadAsync(client, schoolId, large, "groot.png");

        Assert.Contains("'foto.png' is geen PNG- of JPEG-afbeelding", (await TestClient.ParseAsync(wrongType)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("een logo mag ten hoogste 200 kB zijn", (await TestClient.ParseAsync(tooLarge)).QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        await using var db = factory.CreateSystemDbContext();
        Assert.Null(await db.Scholen.Where(s => s.Id == schoolId).Select(s => s.Logo).SingleAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Logo_OfAnotherSchool_IsNotFound_AndLogoVerwijderen_RemovesIt()
    {
        var (schoolId, client) = await BeheerderOfOwnSchoolAsync();
        using var session = client;
        await UploadAsync(client, schoolId, TinyPng(), "logo.png");
        using var other = await TestClient.LoggedInAsync(factory);

        var (foreign, _) = await other.GetPageAsync($"/Schoollogo/{schoolId}");
        var removed = await client.SubmitFormAsync($"/Inrichting/School/{schoolId}", "#logo-verwijderen", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        var (gone, _) = await client.GetPageAsync($"/Schoollogo/{schoolId}");
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var (_, page) = await client.GetPageAsync("/Inrichting");
        Assert.Null(page.QuerySelector("#schoollogo"));
    }

    private async Task<(int SchoolId, TestClient Client)> BeheerderOfOwnSchoolAsync()
    {
        var records = await Arrange.ForeignSchoolAsync(factory);
        var userName = $"logo{Guid.NewGuid():N}"[..12];
        await Arrange.UserAsync(factory, userName, Roles.Beheerder, records.SchoolId);
        return (records.SchoolId, await TestClient.LoggedInAsync(factory, userName, Arrange.Password));
    }

    private static async Task<HttpResponseMessage> UploadAsync(TestClient client, int schoolId, byte[] file, string fileName)
    {
        var (_, page) = await client.GetPageAsync($"/Inrichting/School/{schoolId}");
        var form = page.QuerySelector<IHtmlFormElement>("#logo-formulier")!;
        var token = form.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "Logo", fileName },
        };
        return await client.Http.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    /// <summary>A valid 1×1 PNG: signature, IHDR, one zlib-compressed scanline in IDAT, IEND, each chunk with its CRC.</summary>
    private static byte[] TinyPng()
    {
        using var png = new MemoryStream();
        png.Write([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);
        Chunk(png, "IHDR", [0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]);
        using (var data = new MemoryStream())
        {
            using (var zlib = new ZLibStream(data, CompressionLevel.Optimal, leaveOpen: true))
            {
                zlib.Write([0, 0x1F, 0x4E, 0x8F]);
            }

            Chunk(png, "IDAT", data.ToArray());
        }

        Chunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void Chunk(Stream png, string type, byte[] data)
    {
        var typeBytes = System.Text.Encoding.ASCII.GetBytes(type);
        png.Write(BigEndian((uint)data.Length));
        png.Write(typeBytes);
        png.Write(data);
        png.Write(BigEndian(Crc32([.. typeBytes, .. data])));
    }

    private static byte[] BigEndian(uint value) => [(byte)(value >> 24), (byte)(value >> 16), (byte)(value >> 8), (byte)value];

    private static uint Crc32(byte[] bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var k = 0; k < 8; k++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }
}
