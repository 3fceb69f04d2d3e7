using System.Net;
using Leerwerk.Data.Accounts;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.IntegrationTests.Pages.Inrichting;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Besturen;

/// <summary>
/// The installation's beheerder arranges besturen over real HTTP: a new bestuur, a new school made in it through the
/// set-up's school form, an existing school moved in and taken out again; every change audited; Dutch messages for a
/// bad bestuur and nothing stored.
/// </summary>
public sealed class BesturenPageTests(LeegAppFactory factory) : IClassFixture<LeegAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task InstallationBeheerder_NewBestuur_NewSchoolInIt_MovesASchoolInAndOut_Audited()
    {
        using var beheerder = await InrichtingForms.FirstBeheerderAsync(factory);
        var eerste = await beheerder.SubmitFormAsync("/Inrichting/School", "#school-formulier", InrichtingForms.School(name: "Vmbo De Eerste", brin: "10ab"));
        Assert.Equal(HttpStatusCode.Redirect, eerste.StatusCode);

        var nieuw = await beheerder.SubmitFormAsync("/Besturen", "#bestuur-formulier", new Dictionary<string, string>
        {
            ["Input.Name"] = "Stichting Lingewaard Onderwijs",
            ["Input.BevoegdGezagNummer"] = "41234",
        });

        Assert.Equal(HttpStatusCode.Redirect, nieuw.StatusCode);
        int bestuurId, eersteId;
        await using (var db = factory.CreateSystemDbContext())
        {
            var bestuur = await db.Besturen.SingleAsync(b => b.Name == "Stichting Lingewaard Onderwijs", Ct);
            (bestuurId, eersteId) = (bestuur.Id, await db.Scholen.Where(s => s.Brin == "10AB").Select(s => s.Id).SingleAsync(Ct));
            Assert.Equal("41234", bestuur.BevoegdGezagNummer);
            var audit = await db.Audit.SingleAsync(a => a.EntityType == "Bestuur" && a.EntityId == bestuur.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), Ct);
            Assert.Equal(("toegevoegd", AccountBootstrapper.AdministratorName, AuditInstallation), (audit.Action, audit.UserName, audit.SchoolId));
        }

        // A new school in the bestuur, through the set-up's own form.
        var formulier = $"/Inrichting/School?bestuurId={bestuurId}";
        var (_, leeg) = await beheerder.GetPageAsync(formulier);
        Assert.Equal("De nieuwe school komt onder het bestuur Stichting Lingewaard Onderwijs.", leeg.QuerySelector("#bestuur")!.TextContent.Trim());
        var tweede = await beheerder.SubmitFormAsync(formulier, "#school-formulier", InrichtingForms.School(name: "Vmbo De Tweede", brin: "11cd"));
        Assert.Equal(HttpStatusCode.Redirect, tweede.StatusCode);
        await using (var db = factory.CreateSystemDbContext())
        {
            Assert.Equal(bestuurId, await db.Scholen.Where(s => s.Brin == "11CD").Select(s => s.BestuurId).SingleAsync(Ct));
            Assert.Null(await db.Scholen.Where(s => s.Id == eersteId).Select(s => s.BestuurId).SingleAsync(Ct));
        }

        // The first school moved into the bestuur.
        var toegevoegd = await beheerder.SubmitFormAsync("/Besturen", $"section[data-bestuur='{bestuurId}'] form.toevoegen", new Dictionary<string, string>
        {
            ["schoolId"] = eersteId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        Assert.Equal(HttpStatusCode.Redirect, toegevoegd.StatusCode);
        var (_, overzicht) = await beheerder.GetPageAsync("/Besturen");
        var scholen = overzicht.QuerySelectorAll($"section[data-bestuur='{bestuurId}'] ul.scholen > li").Select(li => li.GetAttribute("data-school")).ToList();
        Assert.Equal(2, scholen.Count);
        Assert.Contains(eersteId.ToString(System.Globalization.CultureInfo.InvariantCulture), scholen);
        Assert.Null(overzicht.QuerySelector("#zonder-bestuur"));

        // And out again.
        var uit = await beheerder.SubmitFormAsync("/Besturen", $"li[data-school='{eersteId}'] form", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, uit.StatusCode);
        await using (var db = factory.CreateSystemDbContext())
        {
            Assert.Null(await db.Scholen.Where(s => s.Id == eersteId).Select(s => s.BestuurId).SingleAsync(Ct));
            var wijzigingen = await db.Audit.Where(a => a.EntityType == "School" && a.SchoolId == eersteId && a.Action == "gewijzigd")
                .OrderBy(a => a.Id).Select(a => a.Changes).ToListAsync(Ct);
            Assert.Equal([$"{{\"BestuurId\":[null,{bestuurId}]}}", $"{{\"BestuurId\":[{bestuurId},null]}}"], wijzigingen);
        }

        var (_, daarna) = await beheerder.GetPageAsync("/Besturen");
        Assert.Contains("Vmbo De Eerste", daarna.QuerySelector("#zonder-bestuur")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task NewBestuur_DuplicateNameOrBadNumber_DutchMessagesAndNothingStored()
    {
        using var beheerder = await InrichtingForms.FirstBeheerderAsync(factory);
        var naam = $"Stichting {Guid.NewGuid():N}"[..24];
        await beheerder.SubmitFormAsync("/Besturen", "#bestuur-formulier", new Dictionary<string, string> { ["Input.Name"] = naam });

        var dubbel = await beheerder.SubmitFormAsync("/Besturen", "#bestuur-formulier", new Dictionary<string, string>
        {
            ["Input.Name"] = naam,
            ["Input.BevoegdGezagNummer"] = "4123",
        });

        Assert.Equal(HttpStatusCode.OK, dubbel.StatusCode);
        var page = await TestClient.ParseAsync(dubbel);
        Assert.Equal($"Er is al een bestuur met de naam {naam}.", page.QuerySelector("[data-fout-voor='Input.Name']")!.TextContent.Trim());
        Assert.Equal("Het bevoegd-gezagnummer bestaat uit vijf cijfers, bijvoorbeeld 41234.", page.QuerySelector("[data-fout-voor='Input.BevoegdGezagNummer']")!.TextContent.Trim());
        await using var db = factory.CreateSystemDbContext();
        Assert.Equal(1, await db.Besturen.CountAsync(b => b.Name == naam, Ct));
    }

    private static int AuditInstallation => Data.Auditing.AuditEntry.Installation;
}
