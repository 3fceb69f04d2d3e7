using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Leerbedrijven.Rules;

/// <summary>
/// E5: a placement is only at a leerbedrijf with an SBB recognition for the LWT of the student's profiel,
/// granted on or before the start date and on that date neither withdrawn nor lapsed.
/// </summary>
/// <remarks>
/// Withdrawn and lapsed come from <see cref="ErkenningGeldigheid"/>, the one computation F1 and F2 use too:
/// lapsed means four consecutive years without hosting an LWT student (F2), from the company's hosting periods.
/// </remarks>
public sealed class LwtErkenningVoorProfiel : IRule<Dossier>
{
    public string Id => "E5";

    /// <summary>True when the recognition counts for this profiel on this date.</summary>
    public static bool Covers(Erkenning erkenning, string? profielCode, DateOnly date, IEnumerable<Stageperiode> hosting)
    {
        ArgumentNullException.ThrowIfNull(erkenning);
        return erkenning.IsLwtFor(profielCode) && ErkenningGeldigheid.IsValidOn(erkenning, hosting, date);
    }

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var profiel = subject.Leerling.ProfielCode;
        var profielNaam = Profielen.Profielen.Find(profiel)?.Name ?? profiel ?? "(geen profiel)";
        foreach (var plaatsing in subject.Plaatsingen.Where(p => p.Status is not (LeerwerkovereenkomstStatus.Vervangen or LeerwerkovereenkomstStatus.Concept)))
        {
            var bedrijf = plaatsing.Leerbedrijf;
            if (bedrijf is not null && bedrijf.Erkenningen.Any(e => Covers(e, profiel, plaatsing.StartDate, bedrijf.LwtStageperioden)))
            {
                continue;
            }

            yield return RuleCatalog.Get(Id, referenceDate).Finding(
                $"{bedrijf?.Name ?? "Het leerbedrijf"} heeft op de startdatum {Nl.Date(plaatsing.StartDate)} geen geldige SBB-erkenning voor het leer-werktraject in het profiel {profielNaam}; alleen zo'n leerbedrijf mag de stage van {subject.Leerling.FullName} verzorgen.",
                subject.Subject);
        }
    }
}
