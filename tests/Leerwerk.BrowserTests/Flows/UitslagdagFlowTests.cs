extern alias cli;

using System.CommandLine;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Leerwerk.BrowserTests.Infrastructure;
using Leerwerk.Data;
using Leerwerk.Data.Demo;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;
using CliCommands = cli::Leerwerk.Cli.Commands.CommandList;

namespace Leerwerk.BrowserTests.Flows;

/// <summary>
/// The examensecretaris on uitslagdag (issue 15, "done when"): imports the LAS grade file of a small cohort (preview,
/// then commit), opens the cohort screen, sees each result and checks it against `leerwerk uitslag` on the same stored
/// grades, opens the failing LWT candidate and reads which rule applied and what a herkansing still needs, stelt de
/// uitslagen vast, changes one grade on the entry page, sees that candidate's vastgestelde uitslag as verouderd, stelt
/// it vast again and downloads the cijferlijst (a PDF). axe-core on every new page.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class UitslagdagFlowTests(BrowserFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly (string Code, string Naam, VakSoort Soort, VakDeel? Deel)[] Vakken =
    [
        ("NE", "Nederlands", VakSoort.Nederlands, VakDeel.Gemeenschappelijk),
        ("GR", "Groen", VakSoort.Profielvak, VakDeel.Profieldeel),
        ("K1", "Groen ontwerp", VakSoort.Keuzevak, VakDeel.Vrij),
        ("K2", "Tuinaanleg", VakSoort.Keuzevak, VakDeel.Vrij),
        ("K3", "Bloemwerk", VakSoort.Keuzevak, VakDeel.Vrij),
        ("K4", "Dierverzorging", VakSoort.Keuzevak, VakDeel.Vrij),
        ("RE", "Rekenen", VakSoort.Rekenen, null),
    ];

    [Fact]
    public async Task Examensecretaris_ImportsGrades_SeesTheCohort_StelsVast_ChangesAGrade_SeesVerouderd()
    {
        var klas = "U" + Guid.NewGuid().ToString("N")[..6].ToUpperInvariant();
        var (geslaagd, afgewezen) = await CohortAsync(klas);
        var csv = Encoding.UTF8.GetBytes(string.Join("\r\n",
            ["leerlingnummer;vakcode;se;ce;ce_herkansing", .. Regels(geslaagd.Leerlingnummer, "6,4;6,8"), .. Regels(afgewezen.Leerlingnummer, "4,8;5,0")]));
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await Session.LogInAsync(page, "examensecretaris");

        await page.GotoAsync("/Examen");
        await page.GetByRole(AriaRole.Link, new() { Name = "Cijfers importeren" }).ClickAsync();
        await Expect(page.Locator("h1")).ToHaveTextAsync("Cijfers importeren");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel("Bestand (.csv of .xlsx, hoogstens 5 MB)").SetInputFilesAsync(new FilePayload { Name = "magister-cijfers.csv", MimeType = "text/csv", Buffer = csv });
        await page.GetByRole(AriaRole.Button, new() { Name = "Voorbeeld bekijken" }).ClickAsync();
        await Expect(page.Locator("#samenvatting")).ToHaveTextAsync("14 regels, 18 cijfers wijzigen, 0 nieuwe vakken.");
        await TestOutput.ScreenshotAsync(page, "cijfers-import-voorbeeld");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Doorvoeren" }).ClickAsync();

        await Expect(page.Locator("h1")).ToContainTextAsync("Uitslagdag");
        await page.GetByLabel("Klas", new() { Exact = true }).SelectOptionAsync(klas);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tonen" }).ClickAsync();
        var rows = page.Locator("#uitslagen tbody tr");
        await Expect(rows).ToHaveCountAsync(2);
        await Expect(Row(page, geslaagd).Locator(".tag.uitslag")).ToHaveTextAsync("Geslaagd");
        await Expect(Row(page, afgewezen).Locator(".tag.uitslag")).ToHaveTextAsync("Afgewezen");
        await TestOutput.ScreenshotAsync(page, "uitslagdag-cohort");
        await Axe.AssertNoSeriousViolationsAsync(page);

        // The same stored grades through `leerwerk uitslag` (the CLI's own command, in-process) give the same results.
        var cli = await CliUitslagAsync(klas);
        Assert.Equal(2, cli.Count);
        foreach (var leerling in new[] { geslaagd, afgewezen })
        {
            Assert.Equal(cli[leerling.Leerlingnummer], (await Row(page, leerling).Locator(".tag.uitslag").InnerTextAsync()).Trim().ToLowerInvariant());
        }

        Assert.Equal(("geslaagd", "afgewezen"), (cli[geslaagd.Leerlingnummer], cli[afgewezen.Leerlingnummer]));

        // The failing LWT candidate: which rule applied and why, and what a herkansing still needs.
        await Row(page, afgewezen).GetByRole(AriaRole.Link, new() { Name = afgewezen.FullName }).ClickAsync();
        await Expect(page.Locator("h1")).ToContainTextAsync(afgewezen.FullName);
        await Expect(page.Locator(".regelkeuze")).ToContainTextAsync("De LWT-regeling (UB 3.35 lid 6) beslist");
        await Expect(page.Locator("table.nog-nodig-herkansing tbody tr").Filter(new() { HasText = "Nederlands" }))
            .ToContainTextAsync("Met een herkansing van Nederlands met een CE-cijfer van ten minste 6,2 slaagt de kandidaat.");
        await TestOutput.ScreenshotAsync(page, "uitslagdag-kandidaat-afgewezen");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GotoAsync($"/Examen/Uitslagdag?klas={klas}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Alle getoonde uitslagen vaststellen" }).ClickAsync();
        await Expect(page.Locator("p.status")).ToContainTextAsync("2 uitslagen vastgesteld");
        await Expect(Row(page, geslaagd)).ToHaveAttributeAsync("data-vaststelling", "vastgesteld");
        await Expect(Row(page, afgewezen)).ToHaveAttributeAsync("data-vaststelling", "vastgesteld");

        // One grade changes after the vaststelling: the stored result is outdated and waits for a new decision.
        await page.GetByRole(AriaRole.Link, new() { Name = "Cijfers invoeren" }).First.ClickAsync();
        await page.GetByLabel("Klas", new() { Exact = true }).SelectOptionAsync(klas);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tonen" }).ClickAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GetByLabel($"CE Nederlands, {afgewezen.FullName}", new() { Exact = true }).FillAsync("7,6");
        await page.GetByRole(AriaRole.Button, new() { Name = "Cijfers opslaan" }).ClickAsync();
        await Expect(page.Locator("p.status")).ToContainTextAsync("1 cijfer opgeslagen");

        await page.GotoAsync($"/Examen/Uitslagdag?klas={klas}");
        await Expect(Row(page, afgewezen)).ToHaveAttributeAsync("data-vaststelling", "verouderd");
        await Expect(Row(page, afgewezen).Locator(".vaststelling")).ToContainTextAsync("Afgewezen");
        await Expect(Row(page, geslaagd)).ToHaveAttributeAsync("data-vaststelling", "vastgesteld");
        await TestOutput.ScreenshotAsync(page, "uitslagdag-verouderd");
        await Row(page, afgewezen).GetByRole(AriaRole.Button, new() { Name = $"Uitslag van {afgewezen.FullName} opnieuw vaststellen" }).ClickAsync();
        await Expect(Row(page, afgewezen)).ToHaveAttributeAsync("data-vaststelling", "vastgesteld");

        // The cijferlijst of the candidate, now geslaagd, with the date of the new vaststelling: a PDF.
        await Row(page, afgewezen).GetByRole(AriaRole.Link, new() { Name = afgewezen.FullName }).ClickAsync();
        var href = await page.GetByRole(AriaRole.Link, new() { Name = "Cijferlijst (PDF)" }).GetAttributeAsync("href");
        var pdf = await context.APIRequest.GetAsync(new Uri(new Uri(page.Url), href).ToString());
        Assert.Equal(200, pdf.Status);
        Assert.StartsWith("application/pdf", pdf.Headers["content-type"], StringComparison.Ordinal);
        Assert.Equal("%PDF-"u8.ToArray(), (await pdf.BodyAsync())[..5]);

        await page.GotoAsync("/Examen/Vakcodes");
        await Expect(page.Locator("#vakcodes tr[data-code='NE']")).ToContainTextAsync("Nederlands");
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>
    /// `leerwerk uitslag FILE` on the stored grades of the class, written in the CLI's CSV format (docs/uitslag.md) and run
    /// through the CLI's real command list in-process: the result per candidate id (the leerlingnummer).
    /// </summary>
    private async Task<Dictionary<string, string>> CliUitslagAsync(string klas)
    {
        await using var db = fixture.App.Services.CreateSystemDbContext();
        var students = await db.Leerlingen.AsNoTracking().Include(l => l.Vakken).Include(l => l.Routes).Where(l => l.ClassName == klas).ToListAsync(Ct);
        var csv = new StringBuilder("kandidaat;leerweg;vak;soort;deel;se;ce;ce_herkansing;lo;kunstvakken\n");
        foreach (var student in students)
        {
            var kandidaat = LeerlingKandidaat.From(student, TestClock.Today);
            foreach (var vak in kandidaat.Vakken)
            {
                csv.Append(CultureInfo.InvariantCulture,
                    $"{kandidaat.Id};{(kandidaat.Route == UitslagRegeling.Lwt ? "lwt" : "bb")};{vak.Name};{vak.Soort.ToString().ToLowerInvariant()};{vak.Deel?.ToString().ToLowerInvariant()};{Komma(vak.Se)};{Komma(vak.Ce)};{Komma(vak.CeResit)};;\n");
            }
        }

        var file = Path.Combine(Path.GetTempPath(), $"leerwerk-uitslag-{klas}.csv");
        await File.WriteAllTextAsync(file, csv.ToString(), Ct);
        try
        {
            var root = new RootCommand("leerwerk (test)");
            foreach (var command in CliCommands.All())
            {
                root.Subcommands.Add(command);
            }

            using var output = new StringWriter();
            using var error = new StringWriter();
            var code = await root.Parse(["uitslag", file]).InvokeAsync(new InvocationConfiguration { Output = output, Error = error }, Ct);
            Assert.True(code is 0 or 1, $"leerwerk uitslag: exit code {code}, {error}");
            using var json = JsonDocument.Parse(output.ToString());
            return json.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("id").GetString()!, r => r.GetProperty("result").GetString()!);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Komma(decimal? cijfer) => cijfer?.ToString(CultureInfo.GetCultureInfo("nl-NL")) ?? "";

    private static ILocator Row(IPage page, Leerling leerling) =>
        page.Locator($"#uitslagen tbody tr[data-leerlingnummer='{leerling.Leerlingnummer}']");

    private static IEnumerable<string> Regels(string nummer, string nederlands) =>
        [$"{nummer};NE;{nederlands};", $"{nummer};GR;7,0;6,6;", $"{nummer};K1;7;;", $"{nummer};K2;6,5;;", $"{nummer};K3;6;;", $"{nummer};K4;8;;", $"{nummer};RE;5,5;;"];

    /// <summary>Two leerjaar 4 LWT candidates in a class of their own, with their subjects and the school's vakcodes.</summary>
    private async Task<(Leerling Geslaagd, Leerling Afgewezen)> CohortAsync(string klas)
    {
        await using var db = fixture.App.Services.CreateSystemDbContext();
        var schoolId = await db.Scholen.Where(s => s.Brin == DemoSchool.Brin).Select(s => s.Id).SingleAsync(Ct);
        foreach (var (code, naam, soort, deel) in Vakken)
        {
            if (!await db.VakCodes.AnyAsync(v => v.SchoolId == schoolId && v.Code == code, Ct))
            {
                db.VakCodes.Add(new VakCode { SchoolId = schoolId, Code = code, Name = naam, Soort = soort, Deel = deel });
            }
        }

        var students = new[] { ("Mila", "Jansen"), ("Daan", "Kok") }.Select((n, i) =>
        {
            var leerling = new Leerling
            {
                SchoolId = schoolId,
                Leerlingnummer = $"{klas}{i}",
                FirstName = n.Item1 + klas,
                LastName = n.Item2,
                BirthDate = TestClock.Today.AddYears(-16),
                Leerweg = Leerweg.Bb,
                ProfielCode = "GR",
                Leerjaar = 4,
                ClassName = klas,
            };
            leerling.Routes.Add(new RouteBesluit { SchoolId = schoolId, Route = Leerroute.LeerWerktraject, StartDate = TestClock.Today.AddYears(-1), DecidedBy = "test" });
            leerling.Vakken.AddRange(Vakken.Select(v => new Vak { SchoolId = schoolId, Name = v.Naam, Soort = v.Soort, Deel = v.Deel }));
            return leerling;
        }).ToList();
        db.Leerlingen.AddRange(students);
        await db.SaveChangesAsync(Ct);
        return (students[0], students[1]);
    }
}
