using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Scholen;

namespace Leerwerk.Web.Documents.Cijferlijst;

/// <summary>
/// What one candidate's cijferlijst shows: school, student, the subjects with SE, CE and eindcijfer, the keuzevakken
/// with the combinatiecijfer, rekenen on its own line (UB 10.3) and the uitslag with its date. Subjects the engine left
/// out (an extra subject or a surplus keuzevak, UB 3.33 lid 3) are not on it. <c>UitslagDatum</c> is the date of the
/// vastgestelde uitslag when <c>Vastgesteld</c>; otherwise the day the list was made, printed as a state, not a decision.
/// </summary>
public sealed record Cijferlijst(
    string School,
    string Brin,
    string Naam,
    string Leerlingnummer,
    DateOnly Geboortedatum,
    string? Profiel,
    UitslagRegeling Route,
    IReadOnlyList<CijferlijstVak> Vakken,
    IReadOnlyList<CijferlijstVak> Keuzevakken,
    int? Combinatiecijfer,
    decimal? Rekenen,
    bool HeeftWiskunde,
    UitslagStatus Uitslag,
    DateOnly UitslagDatum,
    bool Vastgesteld = false)
{
    /// <summary>The diploma the list belongs to; an LWT candidate's is named in WVO 2020 art. 2.58 lid 2 sub b.</summary>
    public string Diploma => Route == UitslagRegeling.Lwt
        ? "diploma vmbo basisberoepsgerichte leerweg / leer-werktraject (WVO 2020 art. 2.58 lid 2 sub b)"
        : "diploma vmbo basisberoepsgerichte leerweg";

    public static Cijferlijst From(School school, Leerling student, Kandidaat kandidaat, Uitslag uitslag, DateOnly uitslagDatum, bool vastgesteld = false)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(kandidaat);
        ArgumentNullException.ThrowIfNull(uitslag);
        var eindcijfers = uitslag.Eindcijfers.ToDictionary(e => e.Vak, e => e.Cijfer, StringComparer.Ordinal);
        var opLijst = kandidaat.Vakken.Where(v => v.Soort != VakSoort.Rekenen && !uitslag.LeftOut.Contains(v.Name, StringComparer.Ordinal))
            .Select(v => (v.Soort, Vak: new CijferlijstVak(v.Name, v.Se, v.BesteCe, eindcijfers.TryGetValue(v.Name, out var e) ? e : null, v.IsExtra, v.HeeftCe)))
            .ToList();
        var rekenen = kandidaat.Vakken.FirstOrDefault(v => v.Soort == VakSoort.Rekenen);
        return new Cijferlijst(
            school.Name,
            school.Brin,
            student.FullName,
            student.Leerlingnummer,
            student.BirthDate,
            student.ProfielCode is { } code ? Domain.Profielen.Profielen.Find(code)?.Name : null,
            kandidaat.Route,
            [.. opLijst.Where(v => v.Soort != VakSoort.Keuzevak).Select(v => v.Vak)],
            [.. opLijst.Where(v => v.Soort == VakSoort.Keuzevak).Select(v => v.Vak)],
            uitslag.Combinatiecijfer,
            rekenen?.Se,
            kandidaat.Vakken.Any(v => v.Soort == VakSoort.Wiskunde),
            uitslag.Status,
            uitslagDatum,
            vastgesteld);
    }
}

/// <summary>One line of the cijferlijst; the CE is the one that counts (the highest after a herkansing, UB 3.39 lid 1).</summary>
public sealed record CijferlijstVak(string Naam, decimal? Se, decimal? Ce, int? Eindcijfer, bool IsExtra, bool HeeftCe);
