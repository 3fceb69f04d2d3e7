using System.Globalization;
using System.Net;
using Leerwerk.Data.Demo;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.MboInstellingen;

[Collection(WebCollection.Name)]
public sealed class MboInstellingenTests(LeerwerkAppFactory factory)
{
    private static Dictionary<string, string> ValidForm(string name) => new()
    {
        ["Input.Name"] = name,
        ["Input.BevoegdGezag"] = "Stichting Vakinstelling Test",
        ["Input.Soort"] = "Vakinstelling",
        ["Input.OffersBasisberoepsopleiding"] = "true",
        ["Input.Brin"] = "25lh",
        ["Input.City"] = "Utrecht",
        ["Input.ContactName"] = "Mila Smit",
        ["Input.ContactEmail"] = "m.smit@example.nl",
    };

    private static string NewName() => $"Testcollege {Guid.NewGuid():N}";

    private async Task<MboInstelling> CreateAsync()
    {
        await using var db = factory.CreateSystemDbContext();
        var schoolId = await db.Scholen.Where(s => s.Brin == DemoSchool.Brin).Select(s => s.Id).SingleAsync(TestContext.Current.CancellationToken);
        var instelling = new MboInstelling
        {
            SchoolId = schoolId,
            Name = NewName(),
            BevoegdGezag = "Stichting Test",
            Soort = MboSoort.Roc,
            OffersBasisberoepsopleiding = true,
            City = "Tiel",
        };
        db.MboInstellingen.Add(instelling);
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return instelling;
    }

    private async Task<MboInstelling> LoadAsync(int id)
    {
        await using var db = factory.CreateSystemDbContext();
        return await db.MboInstellingen.AsNoTracking().SingleAsync(m => m.Id == id, TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Index_Mentor_ShowsDemoPartnersWithoutNewButton()
    {
        using var client = await TestClient.LoggedInAsync(factory, "mentor");

        var (response, page) = await client.GetPageAsync("/MboInstellingen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var names = page.QuerySelectorAll("table tbody tr td:first-child").Select(c => c.TextContent.Trim()).ToList();
        Assert.Contains("ROC Betuwe Vakcollege", names);
        Assert.Contains("AOC De Linge", names);
        Assert.Null(page.QuerySelector("a[href='/MboInstellingen/Nieuw']"));
    }

    [Fact]
    public async Task Index_MboPartner_IsDenied()
    {
        using var client = await TestClient.LoggedInAsync(factory, "mbopartner");

        var (response, _) = await client.GetPageAsync("/MboInstellingen");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Geweigerd", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Details_DemoRoc_ListsItsAgreementInForceWithLink()
    {
        await using var db = factory.CreateSystemDbContext();
        var roc = await db.MboInstellingen.SingleAsync(m => m.Name == "ROC Betuwe Vakcollege", TestContext.Current.CancellationToken);
        var agreements = await db.Samenwerkingsovereenkomsten.Where(s => s.MboInstellingId == roc.Id).ToListAsync(TestContext.Current.CancellationToken);
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync($"/MboInstellingen/Details/{roc.Id}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("ROC Betuwe Vakcollege", page.QuerySelector("h1")!.TextContent);
        Assert.Contains("Stichting ROC Betuwe", page.QuerySelector("dl.details")!.TextContent, StringComparison.Ordinal);
        var rows = page.QuerySelectorAll("table.overeenkomsten tbody tr").ToList();
        Assert.Equal(agreements.Count, rows.Count);
        var agreement = agreements.Single(a => a.StartDate == new DateOnly(2019, 8, 1));
        var row = rows.Single(r => r.QuerySelector($"a[href='/Overeenkomsten/Samenwerking/{agreement.Id}']") is not null);
        Assert.Contains("1 augustus 2019", row.TextContent, StringComparison.Ordinal);
        Assert.Equal("Van kracht", row.QuerySelector(".tag")!.TextContent);
    }

    [Fact]
    public async Task Details_EndedAgreement_IsNotInForce()
    {
        var instelling = await CreateAsync();
        await using (var db = factory.CreateSystemDbContext())
        {
            db.Samenwerkingsovereenkomsten.Add(new Samenwerkingsovereenkomst
            {
                SchoolId = instelling.SchoolId,
                MboInstellingId = instelling.Id,
                Soort = SamenwerkingSoort.LeerWerktraject,
                StartDate = new DateOnly(2018, 8, 1),
                EndDate = new DateOnly(2020, 7, 31),
            });
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        }

        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync($"/MboInstellingen/Details/{instelling.Id}");

        var row = Assert.Single(page.QuerySelectorAll("table.overeenkomsten tbody tr"));
        Assert.Equal("Niet meer van kracht", row.QuerySelector(".tag")!.TextContent);
        Assert.Contains("31 juli 2020", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_UnknownId_GivesDutch404()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync("/MboInstellingen/Details/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Pagina niet gevonden", page.QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public async Task Nieuw_ValidForm_AddsInstellingAndAuditsIt()
    {
        var name = NewName();
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync("/MboInstellingen/Nieuw", "form.stacked", ValidForm(name));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var saved = await db.MboInstellingen.SingleAsync(m => m.Name == name, TestContext.Current.CancellationToken);
        Assert.Equal($"/MboInstellingen/Details/{saved.Id}", response.Headers.Location!.OriginalString);
        Assert.Equal(MboSoort.Vakinstelling, saved.Soort);
        Assert.True(saved.OffersBasisberoepsopleiding);
        Assert.Equal("25LH", saved.Brin);
        Assert.Equal("m.smit@example.nl", saved.ContactEmail);
        Assert.Contains(db.Audit, a => a.EntityType == "MboInstelling" && a.EntityId == saved.Id.ToString(CultureInfo.InvariantCulture) && a.UserName == "coordinator");
    }

    [Fact]
    public async Task Nieuw_Form_ExplainsWhyBasisberoepsopleidingMatters()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync("/MboInstellingen/Nieuw");

        Assert.Equal(
            "Alleen met een instelling die een basisberoepsopleiding verzorgt mag de school een LWT aanbieden (WVO 2020 art. 2.104).",
            page.QuerySelector("#basisberoepsopleiding-hint")!.TextContent);
        Assert.Equal("checkbox", page.QuerySelector("[name='Input.OffersBasisberoepsopleiding']")!.GetAttribute("type"));
    }

    [Theory]
    [InlineData("Input.Name", "", "Vul Naam in.")]
    [InlineData("Input.BevoegdGezag", "", "Vul Bevoegd gezag in.")]
    [InlineData("Input.Soort", "", "Vul Soort instelling in.")]
    [InlineData("Input.Brin", "ABCD", "BRIN-nummer moet bestaan uit twee cijfers en twee letters, bijvoorbeeld 25LH.")]
    [InlineData("Input.Brin", "123A", "BRIN-nummer moet bestaan uit twee cijfers en twee letters, bijvoorbeeld 25LH.")]
    [InlineData("Input.ContactEmail", "geen-adres", "E-mailadres contactpersoon is geen geldig e-mailadres.")]
    public async Task Nieuw_InvalidField_ShowsDutchErrorAndSavesNothing(string field, string value, string expected)
    {
        var name = NewName();
        var form = ValidForm(name);
        form[field] = value;
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync("/MboInstellingen/Nieuw", "form.stacked", form);
        var page = await TestClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, page.QuerySelector($"span[data-fout-voor='{field}']")!.TextContent.Trim());
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.MboInstellingen.AnyAsync(m => m.Name == name, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Edit_ValidChange_SavesAndIsAudited()
    {
        var instelling = await CreateAsync();
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/MboInstellingen/Edit/{instelling.Id}", "form.stacked", new Dictionary<string, string>
        {
            ["Input.City"] = "Culemborg",
            ["Input.OffersBasisberoepsopleiding"] = "false",
            ["Input.Brin"] = "",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await LoadAsync(instelling.Id);
        Assert.Equal("Culemborg", saved.City);
        Assert.False(saved.OffersBasisberoepsopleiding);
        Assert.Null(saved.Brin);
        await using var db = factory.CreateSystemDbContext();
        Assert.Contains(db.Audit, a => a.EntityType == "MboInstelling" && a.Action == "gewijzigd" && a.EntityId == instelling.Id.ToString(CultureInfo.InvariantCulture) && a.UserName == "coordinator");

        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);
        Assert.Equal("Gegevens van " + instelling.Name + " opgeslagen.", page.QuerySelector(".status")!.TextContent);
        Assert.Contains("geen LWT aanbieden", page.QuerySelector("dl.details")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_InvalidBrin_ShowsErrorAndSavesNothing()
    {
        var instelling = await CreateAsync();
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/MboInstellingen/Edit/{instelling.Id}", "form.stacked", new Dictionary<string, string>
        {
            ["Input.City"] = "Culemborg",
            ["Input.Brin"] = "1234",
        });
        var page = await TestClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotEmpty(page.QuerySelector("span[data-fout-voor='Input.Brin']")!.TextContent.Trim());
        Assert.Equal("Tiel", (await LoadAsync(instelling.Id)).City);
    }

    [Fact]
    public async Task Edit_Mentor_IsDenied()
    {
        var instelling = await CreateAsync();
        using var client = await TestClient.LoggedInAsync(factory, "mentor");

        var (response, _) = await client.GetPageAsync($"/MboInstellingen/Edit/{instelling.Id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Geweigerd", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Edit_UnknownId_GivesDutch404()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, _) = await client.GetPageAsync("/MboInstellingen/Edit/987654");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
