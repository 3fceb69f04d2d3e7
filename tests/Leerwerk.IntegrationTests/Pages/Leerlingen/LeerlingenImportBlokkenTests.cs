using System.Globalization;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Leerlingen.Import;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.Web.Infrastructure.Import;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Leerlingen;

/// <summary>
/// "Doorvoeren" stores thousands of new students through the bulk path (ADR 15) in one transaction: every student and
/// parent is audited, and a failure after the first thousands were written leaves nothing of them. Its own app and
/// database: it adds thousands of students.
/// </summary>
public sealed class LeerlingenImportBlokkenTests(LeerlingenImportBlokkenTests.EigenApp app) : IClassFixture<LeerlingenImportBlokkenTests.EigenApp>
{
    [Fact]
    public async Task VoerDoor_ThousandsOfNewStudents_StoresAndAuditsEveryStudentAndParent()
    {
        var ct = TestContext.Current.CancellationToken;
        var aantal = 2_500;
        var (schoolId, nummers, tabel) = await BestandAsync(aantal);
        var gebruiker = "blokken-" + Guid.NewGuid().ToString("N")[..8];
        await using (var db = app.CreateScopedDbContext(gebruiker, schoolId))
        {
            var plan = (await LeerlingenImport.BekijkAsync(db, tabel, schoolId, Arrange.Today, ct)).Plan!;
            await LeerlingenImport.VoerDoorAsync(db, plan, schoolId, ct);
        }

        await using var check = app.CreateSystemDbContext();
        var ids = await check.Leerlingen.Where(l => nummers.Contains(l.Leerlingnummer)).Select(l => l.Id).ToListAsync(ct);
        var ouders = await check.Vertegenwoordigers.Where(v => ids.Contains(v.LeerlingId)).Select(v => v.Id).ToListAsync(ct);
        var audit = await check.Audit.Where(a => a.UserName == gebruiker && a.Action == "toegevoegd")
            .Select(a => new { a.EntityType, a.EntityId }).ToListAsync(ct);

        Assert.Equal(aantal, ids.Count);
        Assert.Equal(aantal, ouders.Count);
        Assert.Equal(Teksten(ids), audit.Where(a => a.EntityType == nameof(Leerling)).Select(a => a.EntityId).Order(StringComparer.Ordinal));
        Assert.Equal(Teksten(ouders), audit.Where(a => a.EntityType == nameof(WettelijkVertegenwoordiger)).Select(a => a.EntityId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task VoerDoor_FailureAfterThousandsWritten_LeavesNothing()
    {
        var ct = TestContext.Current.CancellationToken;
        var (schoolId, nummers, tabel) = await BestandAsync(1_500);
        var gebruiker = "blokken-" + Guid.NewGuid().ToString("N")[..8];
        await using var db = app.CreateScopedDbContext(gebruiker, schoolId);
        var plan = (await LeerlingenImport.BekijkAsync(db, tabel, schoolId, Arrange.Today, ct)).Plan!;

        // Between the plan and the commit someone adds a student with the number of a row near the end: its INSERT
        // breaks the unique leerlingnummer after the rows before it were written.
        await using (var ander = app.CreateSystemDbContext())
        {
            ander.Leerlingen.Add(new Leerling
            {
                SchoolId = schoolId,
                Leerlingnummer = nummers[^100],
                FirstName = "Tussendoor",
                LastName = "Toegevoegd",
                BirthDate = Arrange.Today.AddYears(-14),
                Leerweg = Leerweg.Bb,
                Leerjaar = 2,
            });
            await ander.SaveChangesAsync(ct);
        }

        await Assert.ThrowsAsync<DbUpdateException>(() => LeerlingenImport.VoerDoorAsync(db, plan, schoolId, ct));

        await using var check = app.CreateSystemDbContext();
        Assert.Equal(["Tussendoor"], await check.Leerlingen.Where(l => nummers.Contains(l.Leerlingnummer)).Select(l => l.FirstName).ToListAsync(ct));
        Assert.Equal(0, await check.Audit.CountAsync(a => a.UserName == gebruiker, ct));
    }

    /// <summary>A LAS table of new students, each with a parent, in the demo school.</summary>
    private async Task<(int SchoolId, List<string> Nummers, LasTabel Tabel)> BestandAsync(int aantal)
    {
        var schoolId = await Arrange.DemoSchoolIdAsync(app);
        var birth = Arrange.Today.AddYears(-15).AddDays(-30).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        var nummers = Enumerable.Range(0, aantal).Select(_ => TestStudents.NewNumber()).ToList();
        var rijen = nummers.Select((n, i) => string.Create(CultureInfo.InvariantCulture, $"{n};Vera;;Blok{i};{birth};BB;3;ZW;3B1;;Ouder {i};ouder{i}@example.nl;06-12345678"));
        return (schoolId, nummers, LasCsv.LeesTekst(string.Join("\r\n", [LasBestanden.Header, .. rijen])));
    }

    private static List<string> Teksten(IEnumerable<int> ids) =>
        [.. ids.Select(id => id.ToString(CultureInfo.InvariantCulture)).Order(StringComparer.Ordinal)];

    /// <summary>An app and demo database of this test class alone.</summary>
    public sealed class EigenApp : LeerwerkAppFactory;
}
