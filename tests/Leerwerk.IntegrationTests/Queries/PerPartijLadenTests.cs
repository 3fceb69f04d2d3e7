using Leerwerk.Data.Queries;
using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.StageUren;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Queries;

/// <summary>
/// Judging a board loads its students in batches (<see cref="DossierQueries.BatchSize"/>), so that a board-wide page holds
/// one batch's hour entries at a time. The batches must give exactly what one load gives: the same dossiers and
/// overview rows in the same order. On a database of its own: no other test adds records between the two loads.
/// </summary>
public sealed class PerPartijLadenTests(LeerwerkAppFactory factory) : IClassFixture<LeerwerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DossiersInBatches_AreTheDossiersOfOneLoad_InTheSameOrder()
    {
        await using var db = factory.CreateSystemDbContext();
        var whole = await db.LoadDossiersAsync(db.Leerlingen, Ct);

        var batches = new List<IReadOnlyList<Dossier>>();
        await foreach (var batch in db.LoadDossiersInBatchesAsync(db.Leerlingen.Where(l => l.Leerjaar >= 3), Ct, batchSize: 7))
        {
            batches.Add(batch);
        }

        Assert.True(batches.Count > 2, $"{batches.Count} batches");
        Assert.All(batches, batch => Assert.InRange(batch.Count, 1, 7));
        Assert.Equal(Summary(whole.Where(d => d.Leerling.Leerjaar >= 3)), Summary(batches.SelectMany(b => b)));
    }

    [Fact]
    public async Task StageUrenOverzichtInBatches_IsTheOverviewOfOneLoad()
    {
        await using var db = factory.CreateSystemDbContext();

        var whole = await db.LoadStageUrenOverzichtAsync(Arrange.Today, Ct, batchSize: int.MaxValue);
        var inBatches = await db.LoadStageUrenOverzichtAsync(Arrange.Today, Ct, batchSize: 5);

        Assert.True(whole.Count > 10, $"{whole.Count} rows");
        Assert.Contains(whole, r => r.GeteldeUren > 0);
        Assert.Equal(whole.Select(Regel), inBatches.Select(Regel));
    }

    [Fact]
    public async Task Hours_InDateOrderPerStudent_ThenById_WithOneStringPerName()
    {
        // A later row with an earlier date and a name of its own copy: the database's order of rows is not the date's,
        // and every row arrives with its own string.
        int leerlingId;
        await using (var db = factory.CreateSystemDbContext())
        {
            var first = await db.StageUren.OrderBy(u => u.Date).ThenBy(u => u.Id).FirstAsync(Ct);
            leerlingId = first.LeerlingId;
            db.StageUren.AddRange(
                Copy(first, first.Date.AddDays(-1), new string(first.EnteredBy.AsSpan())),
                Copy(first, first.Date.AddDays(-1), new string(first.EnteredBy.AsSpan())));
            await db.SaveChangesAsync(Ct);
        }

        await using (var db = factory.CreateSystemDbContext())
        {
            var dossier = (await db.LoadDossierAsync(leerlingId, Ct))!;
            var all = await db.LoadDossiersAsync(db.Leerlingen, Ct);

            foreach (var uren in all.Select(d => d.Uren).Append(dossier.Uren))
            {
                Assert.Equal(uren.OrderBy(u => u.Date).ThenBy(u => u.Id).Select(u => u.Id), uren.Select(u => u.Id));
            }

            Assert.True(dossier.Uren[0].Id < dossier.Uren[1].Id && dossier.Uren[0].Date == dossier.Uren[1].Date);
            Assert.True(dossier.Uren[^1].Id < dossier.Uren[0].Id, "the added rows have the highest ids and the earliest date");
            foreach (var uren in new[] { dossier.Uren, all.Single(d => d.Leerling.Id == leerlingId).Uren })
            {
                var namen = uren.Select(u => u.EnteredBy).Concat(uren.Select(u => u.ReviewedBy).OfType<string>()).ToList();
                Assert.All(namen, naam => Assert.Same(namen.First(n => n == naam), naam));
            }
        }
    }

    private static StageUrenRegel Copy(StageUrenRegel original, DateOnly date, string enteredBy) => new()
    {
        SchoolId = original.SchoolId,
        LeerlingId = original.LeerlingId,
        LeerwerkovereenkomstId = original.LeerwerkovereenkomstId,
        Date = date,
        Hours = 1m,
        Status = UrenStatus.Ingevoerd,
        EnteredBy = enteredBy,
        EnteredAt = date.ToDateTime(new TimeOnly(17, 0), DateTimeKind.Utc),
    };

    // The forecast holds a list (compared by reference in the record): its totals stand for it.
    private static string Regel(StageUrenOverzichtRij r) => string.Join("|", r.LeerlingId, r.SchoolId, r.GeteldeUren, r.GeteldeDagen, r.OpenUren,
        r.NietGeteldeUren, r.Prognose.PrognoseUren, r.Prognose.PrognoseDagen, r.Zin);

    // What a dossier holds, per student: the hours and placements come from the batch's own queries.
    private static List<string> Summary(IEnumerable<Dossier> dossiers) =>
    [
        .. dossiers.Select(d => string.Join("|", d.Leerling.Id, d.Leerling.Vakken.Count, d.Leerling.Routes.Count, d.Plaatsingen.Count,
            string.Join(",", d.Plaatsingen.Select(p => $"{p.Id}:{p.Ondertekeningen.Count}:{p.Leerbedrijf!.Erkenningen.Count}")),
            d.Uren.Count, d.Uren.Sum(u => u.Hours), d.Samenwerkingsovereenkomsten.Count)),
    ];
}
