using System.Net;
using Leerwerk.Data.Accounts;
using Leerwerk.Domain.Kalender;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Inrichting;

/// <summary>
/// Step 1 of the set-up seeds the new school's calendar of the current school year with the national holidays of its
/// regio, in the same transaction and in the beheerder's name, before anyone opens the calendar page.
/// </summary>
public sealed class InrichtingKalenderTests(LeegAppFactoryIn2025 factory) : IClassFixture<LeegAppFactoryIn2025>
{
    [Fact]
    public async Task NewSchoolInRegioMidden_InSchoolYear2025_CalendarHoldsTheMiddenHolidaysAtOnce_Audited()
    {
        var ct = TestContext.Current.CancellationToken;
        using var beheerder = await InrichtingForms.FirstBeheerderAsync(factory);
        var form = InrichtingForms.School();
        form["Input.Regio"] = "Midden";

        var saved = await beheerder.SubmitFormAsync("/Inrichting/School", "#school-formulier", form);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var school = await db.Scholen.SingleAsync(ct);
        var kalender = await db.Schoolkalenders.Include(k => k.VrijePeriodes).SingleAsync(ct);
        Assert.Equal((school.Id, Schoolkalender.SchooljaarVan(LeegAppFactoryIn2025.Today)), (kalender.SchoolId, kalender.Schooljaar));
        Assert.Equal(
            [
                "Herfstvakantie 18-10-2025 26-10-2025",
                "Kerstvakantie 20-12-2025 04-01-2026",
                "Voorjaarsvakantie 14-02-2026 22-02-2026",
                "Meivakantie 25-04-2026 03-05-2026",
                "Zomervakantie 18-07-2026 30-08-2026",
            ],
            kalender.VrijePeriodes.OrderBy(v => v.Van).Select(v => $"{v.Omschrijving} {v.Van:dd-MM-yyyy} {v.Tot:dd-MM-yyyy}"));
        var audit = await db.Audit.Where(a => a.EntityType == nameof(VrijePeriode)).Select(a => a.UserName).ToListAsync(ct);
        Assert.Equal(5, audit.Count);
        Assert.All(audit, user => Assert.Equal(AccountBootstrapper.AdministratorName, user));
    }
}
