using System.Net;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.IntegrationTests.Pages.Inrichting;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.LandelijkeVakanties;

/// <summary>
/// A school that saved its calendar before the national holidays of the year were known: the calendar page says they
/// are not known yet, and once the beheerder has entered them it offers to add the ones the calendar lacks, once.
/// </summary>
public sealed class KalenderLandelijkTests(LeegAppFactory factory) : IClassFixture<LeegAppFactory>
{
    [Fact]
    public async Task CalendarSavedBeforeTheHolidaysWereKnown_PageOffersToAddThem_AddsThemOnce()
    {
        var ct = TestContext.Current.CancellationToken;
        using var beheerder = await InrichtingForms.FirstBeheerderAsync(factory);
        Assert.Equal(HttpStatusCode.Redirect, (await beheerder.SubmitFormAsync("/Inrichting/School", "#school-formulier", InrichtingForms.School())).StatusCode);

        var (_, unknown) = await beheerder.GetPageAsync("/Kalender");
        Assert.Contains("kent Leerwerk nog niet", unknown.QuerySelector("#landelijk-onbekend")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await beheerder.SubmitFormAsync("/Kalender", "#instellingen", new Dictionary<string, string>())).StatusCode);

        await LandelijkeVakantiesPageTests.SaveAsync(beheerder, "Meivakantie", "Alle", "2027-04-24", "2027-05-02");
        var (_, offered) = await beheerder.GetPageAsync("/Kalender");
        Assert.Null(offered.QuerySelector("#landelijk-onbekend"));
        Assert.Contains("Meivakantie (24 april 2027 tot en met 2 mei 2027)", offered.QuerySelector("#landelijk-toevoegen")!.TextContent, StringComparison.Ordinal);

        var added = await beheerder.SubmitFormAsync("/Kalender", "#landelijk-toevoegen", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var periodes = await db.VrijePeriodes.Select(v => v.Omschrijving).ToListAsync(ct);
        Assert.Equal(["Meivakantie"], periodes);
        var (_, done) = await beheerder.GetPageAsync("/Kalender");
        Assert.Null(done.QuerySelector("#landelijk-toevoegen"));
    }
}
