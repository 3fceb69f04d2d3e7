using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;
using Leerwerk.Domain.StageUren;

namespace Leerwerk.Web.Documents.Subsidie;

/// <summary>
/// What a leerbedrijf can show for the Subsidieregeling praktijkleren over one school year: its SBB-erkenningen and
/// every placement it hosted that year, each with its agreement, signatures, approved hours, rooster and guidance.
/// Built from loaded entities, so the pages, the zip and the document tests share one selection.
/// </summary>
public sealed record SubsidieBewijs(School School, Leerbedrijf Leerbedrijf, int Schooljaar, IReadOnlyList<Erkenning> Erkenningen, IReadOnlyList<SubsidiePlaatsing> Plaatsingen)
{
    /// <summary>1 August, the first day of the school year.</summary>
    public DateOnly Start => EersteDag(Schooljaar);

    /// <summary>31 July, the last day of the school year.</summary>
    public DateOnly End => LaatsteDag(Schooljaar);

    /// <summary>"2025-2026".</summary>
    public string SchooljaarNaam => Schoolkalender.Label(Schooljaar);

    /// <summary>
    /// The evidence of <paramref name="company"/> for <paramref name="schooljaar"/>. Only placements that hosted a
    /// student (<see cref="Stageperioden.Counts"/>: active, ended or replaced, not a concept) during that year are in
    /// it; only approved hours dated within the year and within the placement count. Each placement needs its
    /// Leerling, Praktijkbegeleider and Ondertekeningen loaded; placements of other companies are left out.
    /// </summary>
    public static SubsidieBewijs From(School school, Leerbedrijf company, int schooljaar, IEnumerable<Leerwerkovereenkomst> plaatsingen, IEnumerable<StageUrenRegel> uren)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(company);
        ArgumentNullException.ThrowIfNull(plaatsingen);
        ArgumentNullException.ThrowIfNull(uren);
        var start = EersteDag(schooljaar);
        var end = LaatsteDag(schooljaar);
        var approved = uren
            .Where(u => u.Status == UrenStatus.Goedgekeurd && u.Hours > 0 && u.Date >= start && u.Date <= end)
            .ToLookup(u => u.LeerwerkovereenkomstId);
        var selected = plaatsingen
            .Where(p => p.LeerbedrijfId == company.Id && Stageperioden.Counts(p))
            .Where(p => p.StartDate <= end && Stageperioden.Of(p).End >= start)
            .OrderBy(p => p.StartDate).ThenBy(p => p.Leerling?.LastName).ThenBy(p => p.Id)
            .Select(p => SubsidiePlaatsing.From(p, approved[p.Id]))
            .ToList();
        var erkenningen = company.Erkenningen
            .Where(e => e.GrantedOn <= end && (e.WithdrawnOn is null || e.WithdrawnOn >= start))
            .OrderBy(e => e.ProfielCode).ThenBy(e => e.GrantedOn)
            .ToList();
        return new SubsidieBewijs(school, company, schooljaar, erkenningen, selected);
    }

    /// <summary>The first day of <paramref name="schooljaar"/>, from the domain's school year (31 December lies in the year that starts that calendar year).</summary>
    public static DateOnly EersteDag(int schooljaar) => Schoolkalender.SchooljaarStart(new DateOnly(schooljaar, 12, 31));

    /// <summary>The day before the next school year starts.</summary>
    public static DateOnly LaatsteDag(int schooljaar) => EersteDag(schooljaar + 1).AddDays(-1);
}
