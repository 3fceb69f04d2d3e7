using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Overeenkomsten;

namespace Leerwerk.Domain.Leerbedrijven.Rules;

/// <summary>Shared by F1, F2 and F3: which companies (and their erkenningen) of a dossier concern the student now.</summary>
internal static class ErkenningFindings
{
    /// <summary>How a finding names an erkenning: "de SBB-erkenning van X voor het profiel Zorg en welzijn".</summary>
    public static string Name(Leerbedrijf bedrijf, Erkenning erkenning) =>
        $"de SBB-erkenning van {bedrijf.Name} voor het profiel {Profielen.Profielen.Find(erkenning.ProfielCode)?.Name ?? erkenning.ProfielCode}{(erkenning.IsLwt ? " (leer-werktraject)" : "")}";

    /// <summary>
    /// The companies of the student's placements that run on or after the date (not ended, not replaced), each
    /// once, with only the erkenningen for the student's profiel: those are the ones the stage relies on.
    /// </summary>
    public static IEnumerable<(Leerbedrijf Bedrijf, Erkenning Erkenning)> Current(Dossier dossier, DateOnly date) =>
        Bedrijven(dossier, date).SelectMany(bedrijf => bedrijf.Erkenningen
            .Where(e => string.Equals(e.ProfielCode, dossier.Leerling.ProfielCode, StringComparison.OrdinalIgnoreCase))
            .Select(e => (bedrijf, e)));

    /// <summary>The companies of the student's placements that run on or after the date (not ended, not replaced), each once.</summary>
    public static IEnumerable<Leerbedrijf> Bedrijven(Dossier dossier, DateOnly date)
    {
        var seen = new HashSet<Leerbedrijf>(ReferenceEqualityComparer.Instance);
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var plaatsing in dossier.Plaatsingen.Where(p => p.EndDate >= date
                     && p.Status is not (LeerwerkovereenkomstStatus.Beeindigd or LeerwerkovereenkomstStatus.Vervangen)))
        {
            if (plaatsing.Leerbedrijf is { } bedrijf && seen.Add(bedrijf) && names.Add(bedrijf.KvkNumber + bedrijf.Name))
            {
                yield return bedrijf;
            }
        }
    }
}
