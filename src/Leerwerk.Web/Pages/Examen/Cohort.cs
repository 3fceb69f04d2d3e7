using Leerwerk.Data;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Leerlingen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Examen;

/// <summary>
/// The cohort of uitslagdag: every candidate (see <see cref="ExamenKandidaten"/>) with the result computed now from the
/// stored grades, and the latest vastgestelde uitslag of this school year with whether the grades changed since.
/// One load for the page, its export and the vaststellen handlers, so they see the same rows.
/// </summary>
public static class Cohort
{
    public static async Task<List<CohortRij>> LoadAsync(LeerwerkDbContext db, DateOnly today, IReadOnlyCollection<int>? ids, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var students = await ExamenKandidaten.LoadAsync(db, ids, ct);
        var studentIds = students.Select(s => s.Id).ToList();
        var schooljaar = Schoolkalender.SchooljaarVan(today);
        var vaststellingen = await db.UitslagVaststellingen.AsNoTracking()
            .Where(v => v.Schooljaar == schooljaar && studentIds.Contains(v.LeerlingId))
            .ToListAsync(ct);
        var laatste = vaststellingen.GroupBy(v => v.LeerlingId)
            .ToDictionary(g => g.Key, g => g.OrderByDescending(v => v.VastgesteldOp).ThenByDescending(v => v.Id).First());
        return [.. students.Select(s =>
        {
            var kandidaat = LeerlingKandidaat.From(s, today);
            var uitslag = UitslagBepaling.Bepaal(kandidaat);
            var vastgesteld = laatste.GetValueOrDefault(s.Id);
            return new CohortRij(s, kandidaat, uitslag, vastgesteld, vastgesteld?.IsVerouderd(kandidaat) ?? false);
        })];
    }

    /// <summary>Only a complete result can be vastgesteld: geslaagd or afgewezen.</summary>
    public static bool KanVaststellen(Uitslag uitslag)
    {
        ArgumentNullException.ThrowIfNull(uitslag);
        return uitslag.Status is UitslagStatus.Geslaagd or UitslagStatus.Afgewezen;
    }
}

/// <summary>One candidate on uitslagdag: the result now, the latest decision this school year and whether it is outdated.</summary>
public sealed record CohortRij(Leerling Leerling, Kandidaat Kandidaat, Uitslag Uitslag, UitslagVaststelling? Vastgesteld, bool Verouderd)
{
    /// <summary>
    /// A herkansing is still possible: the result is complete, the candidate has a subject with a centraal examen and
    /// has not used the herkansing yet (one CE subject, UB WVO 2020 art. 3.38).
    /// </summary>
    public bool HerkansingMogelijk => Cohort.KanVaststellen(Uitslag)
        && Kandidaat.Vakken.Any(v => v.HeeftCe)
        && Kandidaat.Vakken.All(v => v.CeResit is null);

    /// <summary>"Niet vastgesteld", "Vastgesteld" or "Verouderd", as the page and the export show it.</summary>
    public string VaststellingLabel => Vastgesteld is null ? "Niet vastgesteld" : Verouderd ? "Verouderd" : "Vastgesteld";
}
