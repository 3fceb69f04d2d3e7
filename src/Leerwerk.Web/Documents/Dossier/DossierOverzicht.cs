using Leerwerk.Data;
using Leerwerk.Data.Queries;
using Leerwerk.Domain.Controle;
using Leerwerk.Domain.Doorstroom;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Rules;
using Leerwerk.Domain.StageUren.Rules;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Documents.Dossier;

/// <summary>
/// Everything about one student on one date, as the dossier page and its PDF show it: the dossier, its
/// findings (MOET first), the hours counted against 640 hours in 80 days, the exam status from the uitslag
/// engine, and the doorstroom after the diploma.
/// </summary>
public sealed record DossierOverzicht(
    Domain.Dossiers.Dossier Dossier,
    string SchoolNaam,
    DateOnly Today,
    IReadOnlyList<Finding> Findings,
    StageUrenTotaal Uren,
    Uitslag? Uitslag,
    IReadOnlyList<DoorstroomRecord> Doorstroom)
{
    /// <summary>The student's dossier as the user's school scope sees it; null when not found (or another school's).</summary>
    public static async Task<DossierOverzicht?> LoadAsync(LeerwerkDbContext db, int leerlingId, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var dossier = await db.LoadDossierAsync(leerlingId, ct);
        if (dossier is null)
        {
            return null;
        }

        // The name only: the school's row holds its logo (up to 200 kB), which the dossier does not show.
        var school = await db.Scholen.Where(s => s.Id == dossier.Leerling.SchoolId).Select(s => s.Name).SingleAsync(ct);
        var doorstroom = await db.Doorstroom.AsNoTracking()
            .Where(d => d.LeerlingId == leerlingId)
            .OrderBy(d => d.Id)
            .ToListAsync(ct);
        return From(dossier, school, today, doorstroom);
    }

    public static DossierOverzicht From(Domain.Dossiers.Dossier dossier, string schoolNaam, DateOnly today, IReadOnlyList<DoorstroomRecord> doorstroom)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var uitslag = dossier.Leerling.Vakken.Count == 0
            ? null
            : UitslagBepaling.Bepaal(LeerlingKandidaat.From(dossier.Leerling, today));
        return new DossierOverzicht(dossier, schoolNaam, today, DossierRules.Evaluate(dossier, today),
            StageUrenTotaal.Of(dossier), uitslag, doorstroom);
    }

    public decimal HoursNeeded => Math.Max(0m, MinimumStageUren.MinimumHours - Uren.Hours);

    public int DaysNeeded => Math.Max(0, MinimumStageUren.MinimumDays - Uren.Days);

    /// <summary>Whether every party the law requires signed the placement (the parents only for a minor on the start date).</summary>
    public bool IsFullySigned(Domain.Overeenkomsten.Leerwerkovereenkomst plaatsing)
    {
        ArgumentNullException.ThrowIfNull(plaatsing);
        var minor = Dossier.Leerling.IsMinorOn(plaatsing.StartDate);
        return plaatsing.FullySignedOn(Ondertekenaars.RequiredParties(minor)) is not null;
    }
}
