using System.Net;
using Leerwerk.Data.Identity;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Inrichting;

/// <summary>
/// A new installation without the demo: the first beheerder is led through the set-up, step by step, and
/// the home page says what is still missing until the school is complete.
/// </summary>
public sealed class EersteStartTests(LeegAppFactory factory) : IClassFixture<LeegAppFactory>
{
    [Fact]
    public async Task EmptyInstallation_BeheerderSetsUpSchoolStepByStep_HomeSaysWhatIsMissingUntilDone()
    {
        var ct = TestContext.Current.CancellationToken;
        using var beheerder = await InrichtingForms.FirstBeheerderAsync(factory);

        var home = await beheerder.Http.GetAsync(new Uri("/", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Equal("/Inrichting", home.Headers.Location!.OriginalString);
        var (_, start) = await beheerder.GetPageAsync("/Inrichting");
        Assert.NotNull(start.QuerySelector("#begin-inrichting"));
        Assert.Null(start.QuerySelector("#demoschool"));

        // Step 1: the school. The beheerder sees it at once (the cookie's school claims are refreshed).
        var saved = await beheerder.SubmitFormAsync("/Inrichting/School", "#school-formulier", InrichtingForms.School());
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        int schoolId;
        await using (var db = factory.CreateSystemDbContext())
        {
            var school = await db.Scholen.SingleAsync(ct);
            schoolId = school.Id;
            Assert.Equal(("09XY", "00", "6851 AB", "Huissen", "7a"), (school.Brin, school.Vestiging, school.PostalCode, school.City, school.HouseNumber));
            Assert.Equal(Domain.Scholen.Regio.Zuid, school.Regio);
            Assert.Equal($"/Inrichting/Profielen/{schoolId}", saved.Headers.Location!.OriginalString);

            // The national holidays of 2026-2027 are not known to Leerwerk, so no calendar is stored: a stored one
            // counts as entered by the school, and the forecast would then count the holidays as school weeks.
            Assert.False(await db.Schoolkalenders.AnyAsync(ct));
        }

        var (_, overzicht) = await beheerder.GetPageAsync("/");
        var missing = overzicht.QuerySelector("#inrichting-open")!.TextContent;
        Assert.Contains("Vmbo Het Baken: nog niet ingevuld: de profielen die de school aanbiedt, met hun keuzevakken; een mbo-partner; een account voor de LWT-coördinator.", missing, StringComparison.Ordinal);

        // Step 2: profielen with their keuzevakken.
        var profielen = await InrichtingForms.PostProfielenAsync(beheerder, schoolId, new Dictionary<string, string>
        {
            ["ZW"] = "Mens en gezondheid\r\nWelzijn kind en jongere\r\n",
            ["HBR"] = "Gastheerschap",
        });
        Assert.Equal(HttpStatusCode.Redirect, profielen.StatusCode);
        await using (var db = factory.CreateSystemDbContext())
        {
            Assert.Equal(["HBR", "ZW"], await db.AangebodenProfielen.Where(p => p.SchoolId == schoolId).Select(p => p.ProfielCode).OrderBy(c => c).ToListAsync(ct));
            Assert.Equal(
                ["Gastheerschap HBR", "Mens en gezondheid ZW", "Welzijn kind en jongere ZW"],
                await db.AangebodenKeuzevakken.Where(k => k.SchoolId == schoolId).OrderBy(k => k.Name).Select(k => k.Name + " " + k.ProfielCode).ToListAsync(ct));
        }

        // Step 3: the first mbo partner.
        var partner = await beheerder.SubmitFormAsync($"/Inrichting/MboPartner/{schoolId}", "#mbo-formulier", new Dictionary<string, string>
        {
            ["Input.Name"] = "ROC Rijn IJssel",
            ["Input.BevoegdGezag"] = "Stichting ROC Rijn IJssel",
            ["Input.Soort"] = "Roc",
        });
        Assert.Equal(HttpStatusCode.Redirect, partner.StatusCode);
        Assert.Equal($"/Inrichting/Coordinator/{schoolId}", partner.Headers.Location!.OriginalString);

        // Step 4: the coördinator, with a one-time password shown once.
        var created = await beheerder.SubmitFormAsync($"/Inrichting/Coordinator/{schoolId}", "#coordinator-formulier", new Dictionary<string, string>
        {
            ["UserName"] = "a.verhoeven",
            ["DisplayName"] = "Anouk Verhoeven",
        });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        var password = (await TestClient.ParseAsync(created)).QuerySelector("#eenmalig-wachtwoord code")!.TextContent;
        Assert.Equal(16, password.Length);

        var (_, klaar) = await beheerder.GetPageAsync("/");
        Assert.Null(klaar.QuerySelector("#inrichting-open"));

        // The coördinator must choose a password first, then works in the new school only.
        using var coordinator = await TestClient.LoggedInAsync(factory, "a.verhoeven", password);
        await InrichtingForms.ChangePasswordAsync(coordinator, password, "eigen-wachtwoord-coordinator");
        var (leerlingen, _) = await coordinator.GetPageAsync("/Leerlingen");
        Assert.Equal(HttpStatusCode.OK, leerlingen.StatusCode);
        await using (var db = factory.CreateSystemDbContext())
        {
            var user = await db.Users.SingleAsync(u => u.UserName == "a.verhoeven", ct);
            Assert.Equal([schoolId], await db.UserSchools.Where(u => u.UserId == user.Id).Select(u => u.SchoolId).ToListAsync(ct));
            var roles = await db.UserRoles.Where(r => r.UserId == user.Id).Join(db.Roles, r => r.RoleId, r => r.Id, (_, r) => r.Name).ToListAsync(ct);
            Assert.Equal([Roles.Coordinator], roles);
        }
    }
}
