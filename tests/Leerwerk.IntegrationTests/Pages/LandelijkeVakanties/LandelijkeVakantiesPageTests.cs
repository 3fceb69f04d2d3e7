using System.Net;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Auditing;
using Leerwerk.Domain.Scholen;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.IntegrationTests.Pages.Inrichting;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.LandelijkeVakanties;

/// <summary>
/// A school year whose national holidays Leerwerk does not have built in (2026-2027, the test clock's year): the
/// beheerder of the installation enters them once on /Schoolvakanties, and the next school's calendar starts from them.
/// The dates below are test input, not a statement of the Rijksoverheid list.
/// </summary>
public sealed class LandelijkeVakantiesPageTests(LeegAppFactory factory) : IClassFixture<LeegAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task YearNotBuiltIn_BeheerderEntersHolidays_NewSchoolsCalendarStartsWithThem_Audited()
    {
        using var beheerder = await InrichtingForms.FirstBeheerderAsync(factory);
        var (_, before) = await beheerder.GetPageAsync("/LandelijkeVakanties");
        Assert.Equal(15, before.QuerySelectorAll("#vakanties td .onbekend").Length);

        await SaveAsync(beheerder, "Kerstvakantie", VakantieAlle, "2026-12-19", "2027-01-03");
        await SaveAsync(beheerder, "Herfstvakantie", "Zuid", "2026-10-17", "2026-10-25");
        await SaveAsync(beheerder, "Herfstvakantie", "Noord", "2026-10-10", "2026-10-18");

        var (_, after) = await beheerder.GetPageAsync("/LandelijkeVakanties");
        Assert.Equal("19 december 2026 tot en met 3 januari 2027", after.QuerySelector("tr[data-soort='Kerstvakantie'] td[data-regio='Midden'] .periode")!.TextContent);
        Assert.Equal("17 oktober 2026 tot en met 25 oktober 2026", after.QuerySelector("tr[data-soort='Herfstvakantie'] td[data-regio='Zuid'] .periode")!.TextContent);
        Assert.NotNull(after.QuerySelector("tr[data-soort='Herfstvakantie'] td[data-regio='Midden'] .onbekend"));

        var saved = await beheerder.SubmitFormAsync("/Inrichting/School", "#school-formulier", InrichtingForms.School());

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var kalender = await db.Schoolkalenders.Include(k => k.VrijePeriodes).SingleAsync(Ct);
        Assert.Equal(2026, kalender.Schooljaar);
        Assert.Equal(
            ["Herfstvakantie 17-10-2026 25-10-2026", "Kerstvakantie 19-12-2026 03-01-2027"],
            kalender.VrijePeriodes.OrderBy(v => v.Van).Select(v => $"{v.Omschrijving} {v.Van:dd-MM-yyyy} {v.Tot:dd-MM-yyyy}"));
        var audit = await db.Audit.Where(a => a.EntityType == nameof(LandelijkeVakantie)).ToListAsync(Ct);
        Assert.Equal(5, audit.Count);
        Assert.All(audit, a => Assert.Equal((AuditEntry.Installation, AccountBootstrapper.AdministratorName, "toegevoegd"), (a.SchoolId, a.UserName, a.Action)));

        // Entering a kind again replaces it; removing it leaves the regio without that holiday again.
        await SaveAsync(beheerder, "Herfstvakantie", "Zuid", "2026-10-24", "2026-11-01");
        var zuid = await db.LandelijkeVakanties.AsNoTracking().SingleAsync(v => v.Regio == Regio.Zuid && v.Omschrijving == "Herfstvakantie", Ct);
        Assert.Equal(new DateOnly(2026, 10, 24), zuid.Van);
        var (_, page) = await beheerder.GetPageAsync("/LandelijkeVakanties?jaar=2026");
        var removed = await beheerder.SubmitFormAsync("/LandelijkeVakanties?jaar=2026", "tr[data-soort='Herfstvakantie'] td[data-regio='Zuid'] form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);
        Assert.False(await db.LandelijkeVakanties.AnyAsync(v => v.Regio == Regio.Zuid && v.Omschrijving == "Herfstvakantie", Ct));
        Assert.Contains(await db.Audit.Where(a => a.EntityType == nameof(LandelijkeVakantie)).Select(a => a.Action).ToListAsync(Ct), a => a == "verwijderd");
        Assert.NotNull(page.QuerySelector("#vakantie-formulier"));
    }

    [Theory]
    [InlineData("Herfstvakantie", "Zuid", "2026-10-25", "2026-10-17", "ligt vóór 'van'")]
    [InlineData("Herfstvakantie", "Zuid", "2025-10-18", "2025-10-26", "valt niet (helemaal) in schooljaar 2026-2027")]
    [InlineData("Zomervakantie", "Zuid", "2027-07-17", "2027-08-29", "valt niet (helemaal) in schooljaar 2026-2027")]
    [InlineData("Carnavalsvakantie", "Zuid", "2027-02-06", "2027-02-14", "Kies een van de landelijke vakanties")]
    [InlineData("Meivakantie", "Oost", "2027-04-24", "2027-05-02", "Kies regio noord, midden, zuid of alle regio's")]
    [InlineData("Meivakantie", "Zuid", "31-02-2027", "2027-05-02", "geen geldige waarde voor Van")]
    public async Task BadInput_DutchMessageNamingIt_NothingStored(string soort, string regio, string van, string tot, string message)
    {
        using var beheerder = await InrichtingForms.FirstBeheerderAsync(factory);

        var response = await beheerder.SubmitFormAsync("/LandelijkeVakanties?jaar=2026", "#vakantie-formulier", Fields(soort, regio, van, tot));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.LandelijkeVakanties.AnyAsync(v => v.Omschrijving == soort && v.Van == new DateOnly(2027, 4, 24), Ct));
    }

    private const string VakantieAlle = "Alle";

    internal static async Task SaveAsync(TestClient beheerder, string soort, string regio, string van, string tot)
    {
        var response = await beheerder.SubmitFormAsync("/LandelijkeVakanties?jaar=2026", "#vakantie-formulier", Fields(soort, regio, van, tot));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static Dictionary<string, string> Fields(string soort, string regio, string van, string tot) => new()
    {
        ["Input.Soort"] = soort,
        ["Input.Regio"] = regio,
        ["Input.Van"] = van,
        ["Input.Tot"] = tot,
    };
}
