using System.Runtime.CompilerServices;
using Leerwerk.Domain.Controle;
using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Leerlingen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data.Queries;

/// <summary>Loads students' <see cref="Dossier"/>s from the database, the input of <see cref="DossierRules"/>.</summary>
public static class DossierQueries
{
    /// <summary>
    /// The student with routes, subjects and parents; the school's samenwerkingsovereenkomsten with their mbo
    /// institution; the student's leer-werkovereenkomsten with leerbedrijf, erkenningen, praktijkbegeleider and
    /// signatures; the stage hours; the school's calendars and stage-hour policy; the intake and the school's intake settings.
    /// Null when the student does not exist (or belongs to another school).
    /// </summary>
    public static async Task<Dossier?> LoadDossierAsync(this LeerwerkDbContext db, int leerlingId, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var dossiers = await db.LoadAsync(db.Leerlingen.Where(l => l.Id == leerlingId), oneStudent: true, ct);
        return dossiers.SingleOrDefault();
    }

    /// <summary>
    /// Students per batch of <see cref="LoadDossiersInBatchesAsync"/>: a school fits in one; a board of 6 000 students
    /// with 800 000 hour entries takes six, with one batch's rows in memory instead of all of them. Each batch costs its
    /// own round of queries, which the range of ids on the child tables keeps cheap: on PostgreSQL the board's worklist
    /// was 2,52× a plain read with batches of 2 000, 2,69× with 1 000 and 2,97× with 500 (target ≤ 3×), while one
    /// computation's memory went from some 270 to 160 and 120 MB (docs/performance.md "Memory").
    /// </summary>
    public const int BatchSize = 1000;

    /// <summary>
    /// The dossiers of <paramref name="leerlingen"/> as <see cref="LoadDossiersAsync"/> loads them, at most
    /// <see cref="BatchSize"/> students at a time, in the order of their ids. For whoever judges every student and keeps
    /// only the findings: several board-wide requests at once would otherwise each hold every hour entry of the board.
    /// <paramref name="batchSize"/> other than <see cref="BatchSize"/> is for tests.
    /// </summary>
    public static async IAsyncEnumerable<IReadOnlyList<Dossier>> LoadDossiersInBatchesAsync(this LeerwerkDbContext db, IQueryable<Leerling> leerlingen,
        [EnumeratorCancellation] CancellationToken ct, int batchSize = BatchSize)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(leerlingen);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        var ids = await leerlingen.OrderBy(l => l.Id).Select(l => l.Id).ToListAsync(ct);
        for (var start = 0; start < ids.Count; start += batchSize)
        {
            // A range of ids within the same query, so the caller's filters (school, mentor) still apply.
            var (from, to) = (ids[start], ids[Math.Min(start + batchSize, ids.Count) - 1]);
            yield return await db.LoadDossiersAsync(leerlingen.Where(l => l.Id >= from && l.Id <= to), ct);
        }
    }

    /// <summary>
    /// The dossiers of every student in <paramref name="leerlingen"/> (a query on <c>db.Leerlingen</c>, so the school
    /// filter applies), loaded with one query per table for all of them, not one round of queries per student: the
    /// dossier page and the school's worklist read the same dossiers this way. In the order of the students' ids.
    /// </summary>
    public static Task<IReadOnlyList<Dossier>> LoadDossiersAsync(this LeerwerkDbContext db, IQueryable<Leerling> leerlingen, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(leerlingen);
        return db.LoadAsync(leerlingen, oneStudent: false, ct);
    }

    private static async Task<IReadOnlyList<Dossier>> LoadAsync(this LeerwerkDbContext db, IQueryable<Leerling> leerlingen, bool oneStudent, CancellationToken ct)
    {
        var withCollections = leerlingen.AsNoTracking()
            .Include(l => l.Vertegenwoordigers)
            .Include(l => l.Routes)
            .Include(l => l.Vakken)
            .Include(l => l.Intake);

        // One student's parents, routes, subjects and intake are a few rows each (two parents, a route or two, a dozen
        // subjects): one joined query is cheaper than four split ones, each a statement to prepare and a round trip. For
        // many students the join would multiply their rows. The placements (erkenningen × quality criteria × signatures)
        // and the calendars stay split also for one student: joined, they cost more on SQLite (docs/performance.md).
        var students = await (oneStudent ? withCollections.AsSingleQuery() : withCollections.AsSplitQuery())
            .OrderBy(l => l.Id)
            .ToListAsync(ct);
        if (students.Count == 0)
        {
            return [];
        }

        // The students as a subquery, so a school of thousands is never a list of thousands of parameters; their range
        // of ids besides, so the database reads the rows of a batch through the index on LeerlingId instead of scanning
        // a board's whole table and matching it against the subquery (PostgreSQL's hash join did, once per batch).
        var ids = leerlingen.Select(l => l.Id);
        var (laagste, hoogste) = (students[0].Id, students[^1].Id);
        var schoolIds = students.Select(s => s.SchoolId).Distinct().ToList();
        var samenwerking = (await db.Samenwerkingsovereenkomsten.AsNoTracking()
            .Include(s => s.MboInstelling)
            .Where(s => schoolIds.Contains(s.SchoolId))
            .OrderBy(s => s.StartDate)
            .ToListAsync(ct)).ToLookup(s => s.SchoolId);
        var plaatsingen = await db.Leerwerkovereenkomsten.AsNoTracking()
            .Include(p => p.Leerbedrijf!).ThenInclude(b => b.Erkenningen)
            .Include(p => p.Leerbedrijf!).ThenInclude(b => b.Kwaliteitseisen)
            .Include(p => p.Praktijkbegeleider)
            .Include(p => p.Ondertekeningen)
            .AsSplitQuery()
            .Where(p => p.LeerlingId >= laagste && p.LeerlingId <= hoogste && ids.Contains(p.LeerlingId))
            .OrderBy(p => p.StartDate)
            .ToListAsync(ct);
        await db.FillStageperiodenAsync(plaatsingen.Select(p => p.Leerbedrijf!), ct);
        var plaatsingenPerLeerling = plaatsingen.ToLookup(p => p.LeerlingId);
        var intakeInstellingen = await db.Scholen.AsNoTracking()
            .Where(s => schoolIds.Contains(s.Id))
            .Select(s => new { s.Id, s.IntakeInstellingen })
            .ToDictionaryAsync(s => s.Id, s => s.IntakeInstellingen, ct);
        // Ordered per student in memory: sorting a batch's hundreds of thousands of rows by date took the database a
        // sort on disk (PostgreSQL) or a temporary b-tree (SQLite); each student's hundred-odd rows sort in no time.
        var uren = GedeeldeNamen.Deel(await db.StageUren.AsNoTracking()
            .Where(u => u.LeerlingId >= laagste && u.LeerlingId <= hoogste && ids.Contains(u.LeerlingId))
            .ToListAsync(ct)).ToLookup(u => u.LeerlingId);
        // The calendars and policies of all the students' schools at once: a board of a hundred schools is not two
        // hundred rounds of queries. The same rows, order and default as LoadSchooldagenAsync and LoadBeleidAsync.
        var kalenderRijen = (await db.Schoolkalenders.AsNoTracking()
            .Include(k => k.VrijePeriodes)
            .Include(k => k.Lesdagen)
            .AsSplitQuery()
            .Where(k => schoolIds.Contains(k.SchoolId))
            .OrderBy(k => k.Schooljaar)
            .ToListAsync(ct)).ToLookup(k => k.SchoolId);
        var beleidRijen = await db.StageurenBeleid.AsNoTracking()
            .Where(b => schoolIds.Contains(b.SchoolId))
            .ToDictionaryAsync(b => b.SchoolId, ct);
        var kalenders = schoolIds.ToDictionary(id => id, id => new Domain.Kalender.Schooldagen(kalenderRijen[id]));
        var beleid = schoolIds.ToDictionary(id => id, id => beleidRijen.GetValueOrDefault(id) ?? new Domain.Kalender.StageurenBeleid { SchoolId = id });

        return students.Select(student => new Dossier
        {
            Leerling = student,
            Samenwerkingsovereenkomsten = samenwerking[student.SchoolId].ToList(),
            Plaatsingen = plaatsingenPerLeerling[student.Id].ToList(),
            Uren = [.. uren[student.Id].OrderBy(u => u.Date).ThenBy(u => u.Id)],
            Kalender = kalenders[student.SchoolId],
            Beleid = beleid[student.SchoolId],
            IntakeInstellingen = intakeInstellingen[student.SchoolId],
        }).ToList();
    }
}
