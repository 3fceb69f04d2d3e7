using Leerwerk.Data;
using Leerwerk.Data.Import;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain.Leerlingen.Import;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Infrastructure.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
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
        var beoordeling = await LeerlingenImport.BekijkAsync(Db, tabel, schoolId, today, ct);
        if (beoordeling.Plan is null)
        {
            ToonFouten(beoordeling.Fouten);
            return false;
        }

        Plan = beoordeling.Plan;
        bestaand = beoordeling.Bestaand;
        return true;
    }

    protected override async Task<IActionResult> VoerDoorAsync(int schoolId, CancellationToken ct)
    {
        var plan = Plan!;
        await LeerlingenImport.VoerDoorAsync(Db, plan, schoolId, ct);
        TempData["Status"] = $"Import doorgevoerd: {plan.Nieuw} nieuw, {plan.Gewijzigd} gewijzigd, {plan.Ongewijzigd} ongewijzigd (van {bestaand} leerlingen in de school).";
        return RedirectToPage("/Leerlingen/Index");
    }
}
