using Leerwerk.Domain.Controle;
using Leerwerk.Domain.Leerbedrijven.Rules;
using Leerwerk.Domain.Rules;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data.Queries;

/// <summary>What a school-wide finding is about: a student's dossier or a leerbedrijf.</summary>
public enum BevindingOnderwerp
{
    /// <summary>A finding of <see cref="DossierRules"/>: about the student, the student's agreements or the samenwerkingsovereenkomst it rests on.</summary>
    Leerling,

    /// <summary>A finding of <see cref="LeerbedrijfRules"/>, as the leerbedrijf's page shows it.</summary>
    Leerbedrijf,
}

/// <summary>One finding of the school, with the record it belongs to (its id, for a link) and that record's name.</summary>
public sealed record SchoolBevinding(BevindingOnderwerp Onderwerp, int OnderwerpId, string Naam, Finding Finding);

/// <summary>
/// Every finding of every student and leerbedrijf in the user's schools on a date, from the very evaluations the
/// dossier page (<see cref="DossierQueries.LoadDossierAsync"/> + <see cref="DossierRules"/>) and the leerbedrijf
/// page (<see cref="LeerbedrijfRules"/>) use, so a school-wide list can never say something those pages do not.
/// Findings about an agreement or a samenwerkingsovereenkomst come with the student whose dossier they are in.
/// MAG findings are included; a worklist filters them out.
/// </summary>
public static class SchoolBevindingen
{
    public static async Task<IReadOnlyList<SchoolBevinding>> EvaluateAsync(this LeerwerkDbContext db, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var result = new List<SchoolBevinding>();
        var students = await db.Leerlingen.AsNoTracking().OrderBy(l => l.Id).Select(l => l.Id).ToListAsync(ct);
        foreach (var id in students)
        {
            if (await db.LoadDossierAsync(id, ct) is not { } dossier)
            {
                continue;
            }

            result.AddRange(DossierRules.Evaluate(dossier, today)
                .Select(f => new SchoolBevinding(BevindingOnderwerp.Leerling, id, dossier.Leerling.FullName, f)));
        }

        var companies = await db.Leerbedrijven.AsNoTracking()
            .Include(b => b.Erkenningen)
            .Include(b => b.Kwaliteitseisen)
            .AsSplitQuery()
            .OrderBy(b => b.Id)
            .ToListAsync(ct);
        await db.FillStageperiodenAsync(companies, ct);
        foreach (var company in companies)
        {
            result.AddRange(LeerbedrijfRules.Evaluate(company, today)
                .Select(f => new SchoolBevinding(BevindingOnderwerp.Leerbedrijf, company.Id, company.Name, f)));
        }

        return result;
    }
}
