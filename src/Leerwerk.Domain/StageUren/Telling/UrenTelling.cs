using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;

namespace Leerwerk.Domain.StageUren.Telling;

/// <summary>
/// The one count of stage hours (E4–E6), used by E1/E2, the overview, the forecast and the dossier rules.
/// An hour entry counts only when it is approved, entered under one of the student's leer-werkovereenkomsten,
/// on a day inside its period, after the agreement was fully signed (signed on or before that day), at a
/// leerbedrijf with an LWT erkenning for the student's profiel on that day (the E5 check,
/// <see cref="Erkenning.IsLwtFor"/> and <see cref="ErkenningGeldigheid"/>). Entries of 0 hours are left out.
/// </summary>
public static class UrenTelling
{
    public static IReadOnlyList<GeteldeRegel> Tel(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return Tel(dossier.Leerling, dossier.Plaatsingen, dossier.Uren);
    }

    public static IReadOnlyList<GeteldeRegel> Tel(Leerling leerling, IReadOnlyList<Leerwerkovereenkomst> plaatsingen, IEnumerable<StageUrenRegel> uren)
    {
        ArgumentNullException.ThrowIfNull(leerling);
        ArgumentNullException.ThrowIfNull(plaatsingen);
        ArgumentNullException.ThrowIfNull(uren);
        var byId = new Dictionary<int, TelbarePlaatsing>();
        foreach (var plaatsing in plaatsingen)
        {
            if (!byId.ContainsKey(plaatsing.Id))
            {
                byId.Add(plaatsing.Id, TelbarePlaatsing.Of(leerling, plaatsing));
            }
        }

        var result = new List<GeteldeRegel>();
        foreach (var regel in uren)
        {
            if (regel.Hours > 0)
            {
                result.Add(new GeteldeRegel(regel, Reden(regel, byId)));
            }
        }

        return result;
    }

    /// <summary>Inside start and end date, and before an early end (<see cref="Leerwerkovereenkomst.EndedOn"/>, exclusive).</summary>
    public static bool InPeriode(Leerwerkovereenkomst plaatsing, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(plaatsing);
        return date >= plaatsing.StartDate && date <= plaatsing.EndDate
            && (plaatsing.EndedOn is null || date < plaatsing.EndedOn);
    }

    private static NietGeteldReden? Reden(StageUrenRegel regel, Dictionary<int, TelbarePlaatsing> byId)
    {
        switch (regel.Status)
        {
            case UrenStatus.Afgekeurd:
                return NietGeteldReden.Afgekeurd;
            case UrenStatus.Gecorrigeerd:
                return NietGeteldReden.Gecorrigeerd;
            case UrenStatus.Ingevoerd:
                return NietGeteldReden.NogNietGoedgekeurd;
            case UrenStatus.Goedgekeurd:
            default:
                break;
        }

        if (!byId.TryGetValue(regel.LeerwerkovereenkomstId, out var plaatsing)
            || plaatsing.Plaatsing.Status is LeerwerkovereenkomstStatus.Concept)
        {
            return NietGeteldReden.GeenOvereenkomst;
        }

        if (!plaatsing.InPeriode(regel.Date))
        {
            return NietGeteldReden.BuitenPeriode;
        }

        if (!plaatsing.OndertekendOp(regel.Date))
        {
            return NietGeteldReden.NietOndertekend;
        }

        return plaatsing.HeeftErkenningOp(regel.Date) ? null : NietGeteldReden.GeenErkenning;
    }
}
