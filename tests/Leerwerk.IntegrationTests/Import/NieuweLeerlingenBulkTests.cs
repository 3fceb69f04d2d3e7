using System.Text.Json.Nodes;
using Leerwerk.Data;
using Leerwerk.Data.Auditing;
using Leerwerk.Data.Import;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.IntegrationTests.Pages.Leerlingen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Import;

/// <summary>
/// The bulk path for new students (ADR 15), on SQLite and (with LEERWERK_TEST_POSTGRES) PostgreSQL: what it stores reads
/// back through EF as what SaveChanges stores, property by property of the EF model, and so does its audit; a refused
/// batch leaves nothing; a student or parent of a school outside the user's schools is never written.
/// </summary>
public sealed class NieuweLeerlingenBulkTests(LeerwerkAppFactory factory) : IClassFixture<LeerwerkAppFactory>
{
    [Fact]
    public async Task VoegToe_StudentWithEveryPropertySet_ReadsBackAndIsAuditedAsSaveChangesStoresIt()
    {
        var ct = TestContext.Current.CancellationToken;
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        var viaSave = Gevuld(schoolId);
        var viaBulk = Gevuld(schoolId);
        var saveGebruiker = Gebruiker();
        var bulkGebruiker = Gebruiker();
        await using (var db = factory.CreateScopedDbContext(saveGebruiker, schoolId))
        {
            db.Leerlingen.Add(viaSave);
            await db.SaveChangesAsync(ct);
        }

        long versieVoor;
        await using (var db = factory.CreateScopedDbContext(bulkGebruiker, schoolId))
        {
            versieVoor = await db.DataVersions.Where(v => v.SchoolId == schoolId).Select(v => v.Version).SingleAsync(ct);
            await NieuweLeerlingenBulk.VoegToeAsync(db, [viaBulk], ct);
        }

        await using var check = factory.CreateSystemDbContext();

        // As SaveChanges does, the bulk path raises the school's data version (ADR 0016): kept worklists are judged again.
        Assert.Equal(versieVoor + 1, await check.DataVersions.Where(v => v.SchoolId == schoolId).Select(v => v.Version).SingleAsync(ct));
        var opgeslagen = await check.Leerlingen.AsNoTracking().Include(l => l.Vertegenwoordigers)
            .Where(l => l.Id == viaSave.Id || l.Id == viaBulk.Id).ToDictionaryAsync(l => l.Id, ct);
        var save = opgeslagen[viaSave.Id];
        var bulk = opgeslagen[viaBulk.Id];

        // Every mapped property, from the model: a new column is compared without a change here.
        Assert.Equal(Waarden(check, save, nameof(Leerling.Id), nameof(Leerling.Leerlingnummer)), Waarden(check, bulk, nameof(Leerling.Id), nameof(Leerling.Leerlingnummer)));
        Assert.Equal(viaBulk.Leerlingnummer, bulk.Leerlingnummer);
        var saveOuder = Assert.Single(save.Vertegenwoordigers);
        var bulkOuder = Assert.Single(bulk.Vertegenwoordigers);
        Assert.Equal(viaBulk.Vertegenwoordigers[0].Id, bulkOuder.Id);
        Assert.Equal(Waarden(check, saveOuder, nameof(WettelijkVertegenwoordiger.Id), nameof(WettelijkVertegenwoordiger.LeerlingId)),
            Waarden(check, bulkOuder, nameof(WettelijkVertegenwoordiger.Id), nameof(WettelijkVertegenwoordiger.LeerlingId)));

        var saveAudit = await AuditAsync(check, saveGebruiker, ct);
        var bulkAudit = await AuditAsync(check, bulkGebruiker, ct);
        Assert.Equal([(nameof(Leerling), save.Id), (nameof(WettelijkVertegenwoordiger), saveOuder.Id)], saveAudit.Select(a => (a.EntityType, int.Parse(a.EntityId, System.Globalization.CultureInfo.InvariantCulture))));
        Assert.Equal([(nameof(Leerling), bulk.Id), (nameof(WettelijkVertegenwoordiger), bulkOuder.Id)], bulkAudit.Select(a => (a.EntityType, int.Parse(a.EntityId, System.Globalization.CultureInfo.InvariantCulture))));
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal((saveAudit[i].SchoolId, saveAudit[i].Action), (bulkAudit[i].SchoolId, bulkAudit[i].Action));
            Assert.Equal(Gelijkgemaakt(saveAudit[i].Changes, save), Gelijkgemaakt(bulkAudit[i].Changes, bulk));
        }

        // Stored, not only read back, the same: every column as the database holds it (text, number, date, null), so a
        // value EF would read back equal but was stored differently (a decimal's or a date's text in SQLite) is caught.
        Assert.Equal(await RuwAsync<Leerling>(check, save.Id, ["Id", "Leerlingnummer"], ct), await RuwAsync<Leerling>(check, bulk.Id, ["Id", "Leerlingnummer"], ct));
        Assert.Equal(await RuwAsync<WettelijkVertegenwoordiger>(check, saveOuder.Id, ["Id", "LeerlingId"], ct), await RuwAsync<WettelijkVertegenwoordiger>(check, bulkOuder.Id, ["Id", "LeerlingId"], ct));
        for (var i = 0; i < 2; i++)
        {
            var saveRij = await RuwAsync<AuditEntry>(check, saveAudit[i].Id, ["Id", "UserName", "EntityId", "Changes"], ct);
            var bulkRij = await RuwAsync<AuditEntry>(check, bulkAudit[i].Id, ["Id", "UserName", "EntityId", "Changes"], ct);
            var saveAt = saveRij.Single(k => k.Kolom == "At").Waarde;
            var bulkAt = bulkRij.Single(k => k.Kolom == "At").Waarde;
            Assert.Equal(saveAt.GetType(), bulkAt.GetType());
            if (saveAt is string)
            {
                Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,7})?$", (string)saveAt);
                Assert.Matches(@"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}(\.\d{1,7})?$", (string)bulkAt);
            }

            Assert.Equal(saveRij.Where(k => k.Kolom != "At"), bulkRij.Where(k => k.Kolom != "At"));
        }

        Assert.InRange(bulkAudit[0].At, DateTime.UtcNow.AddMinutes(-5), DateTime.UtcNow.AddMinutes(1));

        // The parent's audit names the student's stored id, not EF's temporary key before the save.
        Assert.Equal(save.Id, (int)JsonNode.Parse(saveAudit[1].Changes)!["LeerlingId"]!);
        Assert.Equal(bulk.Id, (int)JsonNode.Parse(bulkAudit[1].Changes)!["LeerlingId"]!);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task VoegToe_ParentRefusedByTheDatabaseHalfway_LeavesNothing(bool inImportTransactie)
    {
        var ct = TestContext.Current.CancellationToken;
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        var bestaand = await TestStudents.CreateAsync(factory);
        var gebruiker = Gebruiker();
        var nieuw = Enumerable.Range(0, 50).Select(_ => Gevuld(schoolId)).ToList();
        // Name is NOT NULL: the database refuses the last parent after every student and the other parents were written
        // (a parent cannot outlive its student: no students, no parents).
        nieuw[^1].Vertegenwoordigers[0].Name = null!;

        await using (var db = factory.CreateScopedDbContext(gebruiker, schoolId))
        {
            if (inImportTransactie)
            {
                // As "Doorvoeren": a change to an existing student through SaveChanges, then the new ones, one transaction.
                await using var transactie = await db.Database.BeginTransactionAsync(ct);
                (await db.Leerlingen.SingleAsync(l => l.Id == bestaand.Id, ct)).MentorName = "Gewijzigd";
                await db.SaveChangesAsync(ct);
                await Assert.ThrowsAsync<DbUpdateException>(() => NieuweLeerlingenBulk.VoegToeAsync(db, nieuw, ct));
            }
            else
            {
                await Assert.ThrowsAsync<DbUpdateException>(() => NieuweLeerlingenBulk.VoegToeAsync(db, nieuw, ct));
            }
        }

        await using var check = factory.CreateSystemDbContext();
        var nummers = nieuw.Select(l => l.Leerlingnummer).ToList();
        Assert.Equal(0, await check.Leerlingen.CountAsync(l => nummers.Contains(l.Leerlingnummer), ct));
        Assert.Equal(0, await check.Audit.CountAsync(a => a.UserName == gebruiker, ct));
        Assert.Equal(bestaand.MentorName, await check.Leerlingen.Where(l => l.Id == bestaand.Id).Select(l => l.MentorName).SingleAsync(ct));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task VoegToe_StudentOrParentOfAnotherSchool_NothingIsWritten(bool leerlingElders)
    {
        var ct = TestContext.Current.CancellationToken;
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        var elders = (await Arrange.ForeignSchoolAsync(factory)).SchoolId;
        var gebruiker = Gebruiker();
        var eigen = Gevuld(schoolId);
        var vreemd = Gevuld(schoolId);
        if (leerlingElders)
        {
            vreemd.SchoolId = elders;
        }
        else
        {
            vreemd.Vertegenwoordigers[0].SchoolId = elders;
        }

        await using (var db = factory.CreateScopedDbContext(gebruiker, schoolId))
        {
            var fout = await Assert.ThrowsAsync<InvalidOperationException>(() => NieuweLeerlingenBulk.VoegToeAsync(db, [eigen, vreemd], ct));
            Assert.Contains($"of school {elders} is outside the user's schools", fout.Message, StringComparison.Ordinal);
        }

        await using var check = factory.CreateSystemDbContext();
        string[] nummers = [eigen.Leerlingnummer, vreemd.Leerlingnummer];
        Assert.Equal(0, await check.Leerlingen.CountAsync(l => nummers.Contains(l.Leerlingnummer), ct));
        Assert.Equal(0, await check.Audit.CountAsync(a => a.UserName == gebruiker, ct));
    }

    private static string Gebruiker() => "bulk-" + Guid.NewGuid().ToString("N")[..8];

    /// <summary>A new student with every property set to a value other than its default, and a parent.</summary>
    private static Leerling Gevuld(int schoolId)
    {
        var leerling = new Leerling
        {
            SchoolId = schoolId,
            Leerlingnummer = TestStudents.NewNumber(),
            FirstName = "Fenna",
            Tussenvoegsel = "van der",
            LastName = "Bulkhuizen",
            BirthDate = new DateOnly(2011, 2, 28),
            Street = "Schoolstraat",
            HouseNumber = "12a",
            PostalCode = "1234 AB",
            City = "Zwolle",
            Leerweg = Leerweg.Kb,
            ProfielCode = "ZW",
            Leerjaar = 3,
            ClassName = "3K1",
            MentorName = "Mw. de Mentor",
            Email = "fenna@example.nl",
            LwtBeoogd = true,
            KerndoelUrenLeerjaar1 = 712.5m,
            KerndoelUrenLeerjaar2 = 700.25m,
            Lo = Beoordeling.Goed,
            Kunstvakken = Beoordeling.Voldoende,
            MaatschappelijkeStage = true,
            FollowsMaatschappijleer = true,
            FollowsKunst = true,
            FollowsLo = true,
            UitgestroomdOp = new DateOnly(2026, 7, 10),
            UitstroomReden = UitstroomReden.Overstap,
            GewistOp = new DateOnly(2026, 8, 1),
        };
        leerling.Vertegenwoordigers.Add(new WettelijkVertegenwoordiger
        {
            SchoolId = schoolId,
            Name = "Mirjam van der Bulkhuizen",
            Relation = "moeder",
            Email = "ouder@example.nl",
            Phone = "06-12345678",
        });
        return leerling;
    }

    /// <summary>Every property of the EF model for the entity's type but <paramref name="behalve"/>, by name.</summary>
    private static List<(string, object?)> Waarden(LeerwerkDbContext db, object entity, params string[] behalve)
    {
        var waarden = db.Model.FindEntityType(entity.GetType())!.GetProperties()
            .Where(p => !behalve.Contains(p.Name))
            .Select(p => (p.Name, p.PropertyInfo!.GetValue(entity)))
            .ToList();
        Assert.True(waarden.Count > 3);
        return waarden;
    }

    /// <summary>Every column of one row of <typeparamref name="T"/>'s table as the database returns it, but <paramref name="behalve"/>.</summary>
    private static async Task<List<(string Kolom, object Waarde)>> RuwAsync<T>(LeerwerkDbContext db, long id, string[] behalve, CancellationToken ct)
    {
        var type = db.Model.FindEntityType(typeof(T))!;
        await db.Database.OpenConnectionAsync(ct);
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"SELECT * FROM \"{type.GetTableName()}\" WHERE \"Id\" = {id}");
        await using var reader = await command.ExecuteReaderAsync(ct);
        Assert.True(await reader.ReadAsync(ct));
        var rij = Enumerable.Range(0, reader.FieldCount)
            .Where(i => !behalve.Contains(reader.GetName(i)))
            .Select(i => (reader.GetName(i), reader.GetValue(i)))
            .OrderBy(k => k.Item1, StringComparer.Ordinal)
            .ToList();
        Assert.True(rij.Count > 3);
        return rij;
    }

    private static Task<List<AuditEntry>> AuditAsync(LeerwerkDbContext db, string gebruiker, CancellationToken ct) =>
        db.Audit.Where(a => a.UserName == gebruiker).OrderBy(a => a.Id).ToListAsync(ct);

    /// <summary>The audit's JSON with the values that must differ between two students (number, own ids) blanked.</summary>
    private static string Gelijkgemaakt(string changes, Leerling leerling)
    {
        var json = JsonNode.Parse(changes)!.AsObject();
        foreach (var (veld, waarde) in new[] { ("Leerlingnummer", (JsonNode?)leerling.Leerlingnummer), ("LeerlingId", leerling.Id) })
        {
            if (json.ContainsKey(veld))
            {
                Assert.Equal(waarde!.ToJsonString(), json[veld]!.ToJsonString());
                json[veld] = "…";
            }
        }

        return json.ToJsonString();
    }
}
