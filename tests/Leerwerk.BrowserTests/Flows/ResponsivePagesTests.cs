using System.Text.RegularExpressions;
using Leerwerk.BrowserTests.Infrastructure;
using Microsoft.Playwright;

namespace Leerwerk.BrowserTests.Flows;

/// <summary>
/// Every main page of every role at a phone (375 px) and a desktop (1280 px) width: it answers 200, the
/// page itself does not scroll sideways (a wide table scrolls inside its own container), and axe-core finds
/// no serious or critical violation; the title names the page and the app. A full-page screenshot of each lands in the test output folder.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class ResponsivePagesTests(BrowserFixture fixture)
{
    /// <summary>A page to visit; <c>{leerling}</c> and the like are filled in with the first such link found on the page named by <see cref="Links"/>.</summary>
    private sealed record Visit(string Name, string Path);

    /// <summary>Where the first link of a kind is found: the list page and the start of the link's path.</summary>
    private static readonly Dictionary<string, (string ListPage, string Prefix)> Links = new()
    {
        ["leerling"] = ("/Leerlingen", "/Leerlingen/Details/"),
        ["leerbedrijf"] = ("/Leerbedrijven", "/Leerbedrijven/Details/"),
        ["overeenkomst"] = ("/Overeenkomsten", "/Overeenkomsten/Leerwerk/"),
        ["samenwerking"] = ("/Overeenkomsten", "/Overeenkomsten/Samenwerking/"),
        ["kandidaat"] = ("/Examen", "/Examen/Kandidaat/"),
        ["mboleerling"] = ("/Mbo", "/Mbo/Leerling/"),
    };

    public static TheoryData<string, int> RolesAndWidths()
    {
        var data = new TheoryData<string, int>();
        foreach (var role in MainPages.Keys)
        {
            data.Add(role, 375);
            data.Add(role, 1280);
        }

        return data;
    }

    /// <summary>The main pages per role (the demo user names), each as that role would reach it.</summary>
    private static readonly Dictionary<string, Visit[]> MainPages = new()
    {
        ["anoniem"] =
        [
            new("Inloggen", "/Account/Inloggen"),
            new("Regels", "/Regels"),
        ],
        ["coordinator"] =
        [
            new("Overzicht", "/"),
            new("Bevindingen", "/Bevindingen"),
            new("Bevindingen per onderwerp", "/Bevindingen?weergave=onderwerp"),
            new("Leerlingen", "/Leerlingen"),
            new("Nieuwe leerling", "/Leerlingen/Nieuw"),
            new("Dossier", "/Leerlingen/Details/{leerling}"),
            new("Route", "/Leerlingen/Route/{leerling}"),
            new("Intake", "/Leerlingen/Intake/{leerling}"),
            new("Programma", "/Leerlingen/Programma/{leerling}"),
            new("Doorstroom leerling", "/Leerlingen/Doorstroom/{leerling}"),
            new("Leerbedrijven", "/Leerbedrijven"),
            new("Leerbedrijf", "/Leerbedrijven/Details/{leerbedrijf}"),
            new("Praktijkbegeleider", "/Leerbedrijven/Praktijkbegeleider/{leerbedrijf}"),
            new("Overeenkomsten", "/Overeenkomsten"),
            new("Leerwerkovereenkomst", "/Overeenkomsten/Leerwerk/{overeenkomst}"),
            new("Samenwerkingsovereenkomst", "/Overeenkomsten/Samenwerking/{samenwerking}"),
            new("Stage-uren", "/StageUren"),
            new("Stage-uren week", "/StageUren/Week"),
            new("Stage-uren leerling", "/StageUren/Leerling/{leerling}"),
            new("Kalender", "/Kalender"),
            new("Kalenderbeleid", "/Kalender/Beleid"),
            new("Examen", "/Examen"),
            new("Kandidaat", "/Examen/Kandidaat/{kandidaat}"),
            new("Doorstroom", "/Doorstroom"),
            new("Keuzevakken", "/Keuzevakken"),
            new("Rapportage", "/Rapportage"),
            new("LWT-inschrijving", "/Rapportage/Inschrijving"),
            new("Herinneringen", "/Herinneringen"),
            new("Regels", "/Regels"),
        ],
        ["mentor"] =
        [
            new("Overzicht", "/"),
            new("Bevindingen", "/Bevindingen"),
            new("Leerlingen", "/Leerlingen"),
            new("Stage-uren", "/StageUren"),
        ],
        ["examensecretaris"] =
        [
            new("Examen", "/Examen"),
            new("Kandidaat", "/Examen/Kandidaat/{kandidaat}"),
            new("Uitslagdag", "/Examen/Uitslagdag"),
            new("Cijfers invoeren", "/Examen/Cijfers"),
            new("Cijfers importeren", "/Examen/Cijfers/Importeren"),
            new("Vakcodes", "/Examen/Vakcodes"),
            new("Examenplanning", "/Examen/Planning"),
        ],
        ["demobeheerder"] =
        [
            new("Inrichting", "/Inrichting"),
            new("Mbo-instellingen", "/MboInstellingen"),
            new("Gebruikers", "/Gebruikers"),
            new("API-sleutels", "/ApiSleutels"),
            new("Besturen", "/Besturen"),
            new("Audit", "/Audit"),
            new("E-mail", "/Berichten"),
        ],
        ["mbopartner"] =
        [
            new("Gedeelde leerlingen", "/Mbo"),
            new("Gedeelde leerling", "/Mbo/Leerling/{mboleerling}"),
        ],
    };

    [Theory]
    [MemberData(nameof(RolesAndWidths))]
    public async Task MainPages_PerRoleAndWidth_NoHorizontalOverflowAndNoSeriousAxeViolations(string role, int width)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(width, 800);
        if (role != "anoniem")
        {
            await Session.LogInAsync(page, role);
        }

        var ids = new Dictionary<string, string>();
        var failures = new List<string>();
        foreach (var visit in MainPages[role])
        {
            var path = await ResolveAsync(page, visit.Path, ids);
            if (path is null)
            {
                failures.Add($"{visit.Name}: no link for {visit.Path}");
                continue;
            }

            var response = await page.GotoAsync(path);
            var status = response?.Status ?? 0;
            await TestOutput.ScreenshotAsync(page, $"responsive-{width}-{role}-{visit.Name}");
            if (status != 200)
            {
                failures.Add($"{visit.Name} ({path}): status {status}");
                continue;
            }

            var title = await page.TitleAsync();
            if (!TitleWithAppName().IsMatch(title))
            {
                failures.Add($"{visit.Name} ({path}): title \"{title}\" is not \"<page> · Leerwerk\"");
            }

            var overflow = await HorizontalOverflowAsync(page);
            if (overflow is not null)
            {
                failures.Add($"{visit.Name} ({path}) at {width} px: {overflow}");
            }

            failures.AddRange((await Axe.SeriousViolationsAsync(page, $"{visit.Name} ({path}) at {width} px")).Select(v => v.ToString()));
        }

        Assert.True(failures.Count == 0, $"{role} at {width} px:\n" + string.Join("\n", failures));
    }

    /// <summary>
    /// Negative control: a page that is wider than the phone must be reported, or a green run proves nothing;
    /// the same content inside the app's table container must not be.
    /// </summary>
    [Fact]
    public async Task OverflowCheck_TooWidePage_IsReportedAndTableContainerIsNot()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await page.SetViewportSizeAsync(375, 800);
        await page.SetContentAsync("""
            <!DOCTYPE html><html lang="nl"><head><title>Te breed</title></head>
            <body><main><h1>Te breed</h1><table><tr><td>ccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccccc</td></tr></table></main></body></html>
            """);

        Assert.NotNull(await HorizontalOverflowAsync(page));

        await page.EvaluateAsync("""
            () => {
              const table = document.querySelector('table');
              const box = document.createElement('div');
              box.style.overflowX = 'auto';
              table.replaceWith(box);
              box.appendChild(table);
            }
            """);
        Assert.Null(await HorizontalOverflowAsync(page));
    }

    /// <summary>
    /// "scrollWidth 948 > clientWidth 375, too wide: table.x" when the page scrolls sideways, else null; names
    /// the first elements that stick out on the right, to say where to look.
    /// </summary>
    private static async Task<string?> HorizontalOverflowAsync(IPage page)
    {
        var result = await page.EvaluateAsync<string[]>("""
            () => {
              const root = document.documentElement;
              if (root.scrollWidth <= root.clientWidth) return [];
              const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (typeof e.className === 'string' && e.className ? '.' + e.className.trim().split(/\s+/).join('.') : '');
              const wide = [...document.body.querySelectorAll('*')]
                .filter(e => e.getBoundingClientRect().right > root.clientWidth + 1)
                .filter(e => !e.parentElement || e.parentElement.getBoundingClientRect().right <= root.clientWidth + 1)
                .slice(0, 3).map(name);
              return [`scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}`, ...wide];
            }
            """);
        return result.Length == 0 ? null : result[0] + ", too wide: " + string.Join(", ", result.Skip(1));
    }

    /// <summary>Fills the placeholders of a path from the first matching link on its list page; null when there is none.</summary>
    private static async Task<string?> ResolveAsync(IPage page, string path, Dictionary<string, string> ids)
    {
        foreach (Match match in Placeholder().Matches(path))
        {
            var key = match.Groups[1].Value;
            if (!ids.TryGetValue(key, out var id))
            {
                var (listPage, prefix) = Links[key];
                await page.GotoAsync(listPage);
                var links = page.Locator($"main a[href^='{prefix}' i]");
                if (await links.CountAsync() == 0)
                {
                    return null;
                }

                var href = await links.First.GetAttributeAsync("href") ?? "";
                id = Id().Match(href[prefix.Length..]).Value;
                ids[key] = id;
            }

            path = path.Replace(match.Value, id, StringComparison.Ordinal);
        }

        return path;
    }

    [GeneratedRegex(@"\{([a-z]+)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"^\S.* · Leerwerk$")]
    private static partial Regex TitleWithAppName();

    [GeneratedRegex(@"^\d+")]
    private static partial Regex Id();
}
