using Leerwerk.Domain.Controle;
using Leerwerk.Domain.Dossiers;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data.Queries;

/// <summary>Loads a student's <see cref="Dossier"/> from the database, the input of <see cref="DossierRules"/>.</summary>
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
        var student = await db.Leerlingen.AsNoTracking()
            .Include(l => l.Vertegenwoordigers)
            .Include(l => l.Routes)
            .Include(l => l.Vakken)
            .Include(l => l.Intake)
            .AsSplitQuery()
            .SingleOrDefaultAsync(l => l.Id == leerlingId, ct);
        if (student is null)
        {
            return null;
        }

        var samenwerking = await db.Samenwerkingsovereenkomsten.AsNoTracking()
            .Include(s => s.MboInstelling)
            .Where(s => s.SchoolId == student.SchoolId)
            .OrderBy(s => s.StartDate)
            .ToListAsync(ct);
        var plaatsingen = await db.Leerwerkovereenkomsten.AsNoTracking()
            .Include(p => p.Leerbedrijf!).ThenInclude(b => b.Erkenningen)
            .Include(p => p.Leerbedrijf!).ThenInclude(b => b.Kwaliteitseisen)
            .Include(p => p.Praktijkbegeleider)
            .Include(p => p.Ondertekeningen)
            .AsSplitQuery()
            .Where(p => p.LeerlingId == leerlingId)
            .OrderBy(p => p.StartDate)
            .ToListAsync(ct);
        await db.FillStageperiodenAsync(plaatsingen.Select(p => p.Leerbedrijf!), ct);
        var intakeInstellingen = await db.Scholen.AsNoTracking()
            .Where(s => s.Id == student.SchoolId)
            .Select(s => s.IntakeInstellingen)
            .SingleAsync(ct);
        var uren = await db.StageUren.AsNoTracking()
            .Where(u => u.LeerlingId == leerlingId)
            .OrderBy(u => u.Date)
            .ToListAsync(ct);
        return new Dossier
        {
            Leerling = student,
            Samenwerkingsovereenkomsten = samenwerking,
            Plaatsingen = plaatsingen,
            Uren = uren,
            Kalender = await db.LoadSchooldagenAsync(student.SchoolId, ct),
            Beleid = await db.LoadBeleidAsync(student.SchoolId, ct),
            IntakeInstellingen = intakeInstellingen,
        };
    }
}
