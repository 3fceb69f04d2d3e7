using Leerwerk.Data;
using Leerwerk.Data.Import;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain.Leerlingen.Import;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Infrastructure.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Leerwerk.Web.Pages.Leerlingen.Import;

/// <summary>
/// Imports students from a LAS export (CSV or XLSX, docs/import-leerlingen.md) in two steps (<see cref="LasImportModel"/>):
/// "Voorbeeld" reads the file and shows what is new and what changes per field; "Doorvoeren" stores it all or nothing.
/// </summary>
[Authorize(Policy = Policies.Editors)]
[RequestFormLimits(ValueLengthLimit = MaxBytes * 2, MultipartBodyLengthLimit = MaxBytes * 3)]
[RequestSizeLimit(MaxBytes * 3)]
public sealed class IndexModel(LeerwerkDbContext db, ISchoolScope scope, TimeProvider clock, IOptions<UploadInstellingen> uploads)
    : LasImportModel(db, scope, uploads, clock)
{
    private int bestaand;

    /// <summary>Set after a valid preview.</summary>
    public LasImportPlan? Plan { get; private set; }

    protected override ImportSoort Soort => ImportSoort.Leerlingen;

    protected override string Wat => "leerlingen";

    /// <summary>Reads and checks the table and makes the plan against the school's students.</summary>
    protected override async Task<bool> BekijkAsync(LasTabel tabel, int schoolId, CancellationToken ct)
    {
        var today = DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);
        var lezing = LasImport.Lees(tabel, today);
        if (!lezing.IsGeldig)
        {
            ToonFouten(lezing.Fouten);
            return false;
        }

        // Tracked: the plan changes these records and one SaveChanges stores all or nothing.
        var leerlingen = await Db.Leerlingen.Include(l => l.Vertegenwoordigers)
            .Where(l => l.SchoolId == schoolId)
            .ToListAsync(ct);
        Plan = LasImportPlan.Maak(lezing.Leerlingen, leerlingen);
        bestaand = leerlingen.Count;
        return true;
    }

    protected override async Task<IActionResult> VoerDoorAsync(int schoolId, CancellationToken ct)
    {
        var plan = Plan!;
        await AllesOfNiets.SaveAsync(Db, () => Db.Leerlingen.AddRange(plan.VoerUit(schoolId)), ct);
        TempData["Status"] = $"Import doorgevoerd: {plan.Nieuw} nieuw, {plan.Gewijzigd} gewijzigd, {plan.Ongewijzigd} ongewijzigd (van {bestaand} leerlingen in de school).";
        return RedirectToPage("/Leerlingen/Index");
    }
}
