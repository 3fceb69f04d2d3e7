using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Pages.Examen;

[Collection(WebCollectionB.Name)]
public sealed class BerekenenPageTests(LeerwerkAppFactory factory)
{
    private const string Url = "/Examen/Berekenen";
    private const string Form = "form#berekenen";

    private const string Csv = """
        kandidaat;leerweg;vak;soort;deel;se;ce;ce_herkansing;lo;kunstvakken
        K1;lwt;Nederlands;nederlands;;6,5;6,1;;;
        K1;lwt;Profielvak;profielvak;;6,6;6,2;;;
        K1;lwt;Keuzevak A;keuzevak;vrij;6;;;;
        K1;lwt;Keuzevak B;keuzevak;vrij;6;;;;
        K1;lwt;Keuzevak C;keuzevak;vrij;7;;;;
        K1;lwt;Keuzevak D;keuzevak;vrij;6;;;;
        K1;lwt;Rekenen;rekenen;;6;;;;
        """;

    [Fact]
    public async Task Paste_ExamExamplesAsJson_GivesTheExpectedResultForEachCandidate()
    {
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");
        var examples = JsonNode.Parse(await File.ReadAllTextAsync(ExamplesPath(), TestContext.Current.CancellationToken))!.AsArray();
        var candidates = new JsonArray([.. examples.Select(e => e!["candidate"]!.DeepClone())]);

        var page = await PasteAsync(client, candidates.ToJsonString());

        Assert.Equal(examples.Count, page.QuerySelectorAll("section.uitslag").Length);
        foreach (var example in examples)
        {
            var id = example!["candidate"]!["id"]!.GetValue<string>();
            var section = page.QuerySelectorAll("section.uitslag").Single(s => s.GetAttribute("data-kandidaat") == id);
            Assert.Equal(example["expected"]!.GetValue<string>(), section.QuerySelector("h2 .tag")!.TextContent.ToLowerInvariant());
            Assert.All(section.QuerySelectorAll(".redenen li"), r => Assert.NotNull(r.QuerySelector("a.citation")));
        }
    }

    [Fact]
    public async Task Paste_LasCsv_IsJudgedWithWhatIsStillNeeded()
    {
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var page = await PasteAsync(client, Csv.Replace("K1;lwt;Nederlands;nederlands;;6,5;6,1", "K1;lwt;Nederlands;nederlands;;6,5;", StringComparison.Ordinal));

        var section = Assert.Single(page.QuerySelectorAll("section.uitslag"));
        Assert.Equal("Onvolledig", section.QuerySelector("h2 .tag")!.TextContent);
        var nodig = Assert.Single(section.QuerySelectorAll(".nog-nodig tbody tr"));
        Assert.Contains(",", nodig.QuerySelectorAll("td")[1].TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paste_CsvWithDecimalPoint_IsReadAsTheDocsAllow()
    {
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var page = await PasteAsync(client, Csv.Replace("6,5;6,1", "6.5;6.1", StringComparison.Ordinal));

        var section = Assert.Single(page.QuerySelectorAll("section.uitslag"));
        Assert.Equal("Geslaagd", section.QuerySelector("h2 .tag")!.TextContent);
        Assert.Contains("6,5", section.QuerySelector("table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paste_CsvWithWordForGrade_NamesLineAndColumn()
    {
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var page = await PasteAsync(client, Csv.Replace("6,5;6,1", "zes;6,1", StringComparison.Ordinal));

        Assert.Equal("Regel 2, kolom se: 'zes' is geen cijfer; schrijf bijvoorbeeld 6,4.", Error(page, "Input.Tekst"));
        Assert.Empty(page.QuerySelectorAll("section.uitslag"));
    }

    [Fact]
    public async Task Paste_MalformedJson_NamesLineAndPosition()
    {
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var page = await PasteAsync(client, "[\n  { \"id\": \"A\", \"route\": \"lwt\" \"subjects\": [] }\n]");

        Assert.StartsWith("Het bestand is geen leesbare JSON: regel 2, positie", Error(page, "Input.Tekst"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paste_GradeEleven_MakesOnlyThatCandidateInvalidNamingTheField()
    {
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var page = await PasteAsync(client, Csv + "\n" + Csv.Split('\n')[1..].Select(l => l.Replace("K1;", "K2;", StringComparison.Ordinal).Replace("6,5;6,1", "11;6,1", StringComparison.Ordinal)).Aggregate((a, b) => a + "\n" + b));

        var k1 = page.QuerySelectorAll("section.uitslag").Single(s => s.GetAttribute("data-kandidaat") == "K1");
        var k2 = page.QuerySelectorAll("section.uitslag").Single(s => s.GetAttribute("data-kandidaat") == "K2");
        Assert.Equal("Geslaagd", k1.QuerySelector("h2 .tag")!.TextContent);
        Assert.Equal("Ongeldig", k2.QuerySelector("h2 .tag")!.TextContent);
        Assert.Contains("subjects[0].se", k2.QuerySelector(".redenen")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Paste_LwtKeuzevakBelowFour_ShowsTheDoubtAsAWarningOnlyThen()
    {
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");
        var laag = Csv.Replace("K1;lwt;Keuzevak A;keuzevak;vrij;6;", "K1;lwt;Keuzevak A;keuzevak;vrij;3;", StringComparison.Ordinal)
            .Replace("K1;lwt;Keuzevak C;keuzevak;vrij;7;", "K1;lwt;Keuzevak C;keuzevak;vrij;9;", StringComparison.Ordinal);

        var page = await PasteAsync(client, laag);
        var goed = await PasteAsync(client, Csv);

        var twijfel = Assert.Single(page.QuerySelectorAll(".twijfelpunten li"));
        Assert.Equal("D7-LWT", twijfel.GetAttribute("data-regel"));
        Assert.Contains("finding--warning", twijfel.ClassName, StringComparison.Ordinal);
        Assert.Empty(goed.QuerySelectorAll(".twijfelpunten li"));
    }

    [Fact]
    public async Task Paste_HostileCandidateId_IsShownEncoded()
    {
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var response = await client.SubmitFormAsync(Url, Form, new Dictionary<string, string>
        {
            ["Input.Tekst"] = """[{ "id": "<script>alert(1)</script>", "route": "lwt", "subjects": [] }]""",
        });
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(1)&lt;/script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_Nothing_AsksForInput()
    {
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var page = await PasteAsync(client, "");

        Assert.Equal("Plak JSON of CSV, kies een bestand of vink een of meer leerlingen aan.", Error(page, "Input.Tekst"));
    }

    [Fact]
    public async Task PickStudents_GivesTheirResults()
    {
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");
        var (_, form) = await client.GetPageAsync(Url);
        var boxes = form.QuerySelectorAll<IHtmlInputElement>("input[name='Input.LeerlingIds']").Take(2).ToList();
        Assert.Equal(2, boxes.Count);
        boxes.ForEach(b => b.IsChecked = true);

        var response = await client.SubmitAsync(Url, form.QuerySelector<IHtmlFormElement>(Form)!, new Dictionary<string, string>());
        var page = await TestClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(2, page.QuerySelectorAll("section.uitslag").Length);
        Assert.Equal(2, page.QuerySelectorAll("input[name='Input.LeerlingIds']:checked").Length);
    }

    [Fact]
    public async Task Upload_JsonFile_IsJudged()
    {
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");
        var json = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(new[] { new { id = "F1", route = "lwt", subjects = Array.Empty<object>() } }));

        var (response, page) = await UploadAsync(client, "kandidaten.json", json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("F1", Assert.Single(page.QuerySelectorAll("section.uitslag")).GetAttribute("data-kandidaat"));
    }

    [Fact]
    public async Task Upload_EmptyFile_SaysItIsEmpty()
    {
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");

        var (response, page) = await UploadAsync(client, "leeg.csv", []);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Het bestand is leeg.", Error(page, "Input.Bestand"));
    }

    [Fact]
    public async Task Upload_LargerThanTwoMegabytes_IsRefusedAndNothingElseHappens()
    {
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");
        var big = Encoding.UTF8.GetBytes(Csv + "\n" + new string(' ', 2 * 1024 * 1024));

        var (response, page) = await UploadAsync(client, "groot.csv", big, tekst: Csv);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Het bestand is groter dan 2 MB.", Error(page, "Input.Bestand"));
        Assert.Empty(page.QuerySelectorAll("section.uitslag"));
        Assert.Single(page.QuerySelectorAll("span[data-fout-voor]"), s => s.TextContent.Length > 0);
    }

    private static async Task<IHtmlDocument> PasteAsync(TestClient client, string tekst)
    {
        var response = await client.SubmitFormAsync(Url, Form, new Dictionary<string, string> { ["Input.Tekst"] = tekst });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await TestClient.ParseAsync(response);
    }

    private static async Task<(HttpResponseMessage Response, IHtmlDocument Page)> UploadAsync(TestClient client, string name, byte[] bytes, string tekst = "")
    {
        var (_, form) = await client.GetPageAsync(Url);
        var token = form.QuerySelector<IHtmlInputElement>($"{Form} input[name='__RequestVerificationToken']")!.Value;
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(tekst), "Input.Tekst" },
            { new ByteArrayContent(bytes), "Input.Bestand", name },
        };
        var response = await client.Http.PostAsync(new Uri(Url, UriKind.Relative), content, TestContext.Current.CancellationToken);
        return (response, await TestClient.ParseAsync(response));
    }

    private static string Error(IHtmlDocument page, string field) =>
        page.QuerySelector($"span[data-fout-voor='{field}']")?.TextContent.Trim() ?? "";

    private static string ExamplesPath()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Leerwerk.slnx")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        return Path.Combine(dir.FullName, "tests", "data", "exam-examples.json");
    }
}
