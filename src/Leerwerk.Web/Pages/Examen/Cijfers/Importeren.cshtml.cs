using Leerwerk.Data;
using Leerwerk.Data.Import;
using Leerwerk.Data.Tenancy;
using Leerwerk.Domain;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen.Import;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Infrastructure.Import;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Leerwerk.Web.Pages.Examen.Cijfers;

/// <summary>
/// Imports the LAS grade export (CSV or XLSX, docs/import-cijfers.md) in the two steps of the student import
/// (<see cref="LasImportModel"/>): "Voorbeeld" reads the file and shows every grade that changes; "Doorvoeren" stores
/// it all or nothing. The vakcodes are mapped once under <see cref="VakcodesModel"/>.
/// </summary>
[Authorize(Policy = Policies.Exam)]
[RequestFormLimits(ValueLengthLimit = MaxBytes * 2, MultipartBodyLengthLimit = MaxBytes * 3)]
[RequestSizeLimit(MaxBytes * 3)]
public sealed class ImporterenModel(LeerwerkDbContext db, ISchoolScope scope, TimeProvider clock, IOptions<UploadInstellingen> uploads)
    : LasImportModel(db, scope, uploads, clock)
{
    /// <summary>Set after a valid preview.</summary>
    public CijferImportPlan? Plan { get; private set; }

    protected override ImportSoort Soort => ImportSoort.Cijfers;

    protected override string Wat => "cijfers";

    /// <summary>Reads and checks the table against the school's students and vakcodes and makes the plan.</summary>
    protected override async Task<bool> BekijkAsync(LasTabel tabel, int schoolId, CancellationToken ct)
    {
        var codes = await Db.VakCodes.AsNoTracking().Where(v => v.SchoolId == schoolId).ToListAsync(ct);
        var nummers = await Db.Leerlingen.Where(l => l.SchoolId == schoolId).Select(l => l.Leerlingnummer).ToListAsync(ct);
        var lezing = CijferImport.Lees(tabel, nummers.ToHashSet(StringComparer.Ordinal),
            codes.ToDictionary(c => VakCode.Normaliseer(c.Code), StringComparer.Ordinal));
        if (!lezing.IsGeldig)
        {
            ToonFouten(lezing.Fouten);
            return false;
        }

        // Leerlingnummers match exactly, as the database compares them. Tracked: the plan changes these records and one SaveChanges stores all or nothing.
        var inBestand = lezing.Regels.Select(r => r.Leerlingnummer).Distinct(StringComparer.Ordinal).ToList();
        var leerlingen = await Db.Leerlingen.Include(l => l.Vakken)
            .Where(l => l.SchoolId == schoolId && inBestand.Contains(l.Leerlingnummer))
            .ToListAsync(ct);
        var perNummer = leerlingen.ToDictionary(l => l.Leerlingnummer, StringComparer.Ordinal);
        Plan = CijferImportPlan.Maak(lezing.Regels, perNummer);
        return true;
    }

    protected override async Task<IActionResult> VoerDoorAsync(int schoolId, CancellationToken ct)
    {
        var plan = Plan!;
        var today = DateOnly.FromDateTime(Clock.GetLocalNow().DateTime);
        await AllesOfNiets.SaveAsync(Db, () => plan.VoerUit(today, User.Identity?.Name ?? "onbekend"), ct);
        TempData["Status"] = $"Cijfers ingelezen: {Nl.Amount(plan.Wijzigingen.Count)} {(plan.Wijzigingen.Count == 1 ? "cijfer" : "cijfers")} gewijzigd uit {Nl.Amount(plan.Regels)} {(plan.Regels == 1 ? "regel" : "regels")}.";
        return RedirectToPage("/Examen/Uitslagdag");
    }
}
