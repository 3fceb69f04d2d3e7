using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Leerbedrijven.Rules;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Overeenkomsten.Rules;

namespace Leerwerk.Domain.StageUren.Telling;

/// <summary>
/// The one count of stage hours (E4–E6), used by E1/E2, the overview, the forecast and the dossier rules.
/// An hour entry counts only when it is approved, entered under one of the student's leer-werkovereenkomsten,
/// on a day inside its period, after the agreement was fully signed (signed on or before that day), at a
/// leerbedrijf with an LWT erkenning for the student's profiel on that day (the E5 check,
/// <see cref="LwtErkenningVoorProfiel.Covers"/>). Entries of 0 hours are left out.
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
        var byId = new Dictionary<int, (Leerwerkovereenkomst Plaatsing, DateOnly? SignedOn)>();
        foreach (var plaatsing in plaatsingen)
        {
            byId.TryAdd(plaatsing.Id, (plaatsing, LeerwerkovereenkomstSignedBeforeStart.SignedOn(plaatsing, leerling)));
        }

        var result = new List<GeteldeRegel>();
        foreach (var regel in uren)
        {
            if (regel.Hours > 0)
            {
                result.Add(new GeteldeRegel(regel, Reden(leerling, regel, byId)));
            }
        }

        return result;
    }

    /// <summary>True when stage under this agreement on this day would count (period, signature, erkenning).</summary>
    public static bool TeltOp(Leerling leerling, Leerwerkovereenkomst plaatsing, DateOnly date, bool assumeSigned)
    {
        ArgumentNullException.ThrowIfNull(leerling);
        ArgumentNullException.ThrowIfNull(plaatsing);
        if (!InPeriode(plaatsing, date))
        {
            return false;
        }

        if (!assumeSigned && !(LeerwerkovereenkomstSignedBeforeStart.SignedOn(plaatsing, leerling) <= date))
        {
            return false;
        }

        return HeeftErkenning(leerling, plaatsing, date);
    }

    /// <summary>Inside start and end date, and before an early end (<see cref="Leerwerkovereenkomst.EndedOn"/>, exclusive).</summary>
    public static bool InPeriode(Leerwerkovereenkomst plaatsing, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(plaatsing);
        return date >= plaatsing.StartDate && date <= plaatsing.EndDate
            && (plaatsing.EndedOn is null || date < plaatsing.EndedOn);
    }

    private static bool HeeftErkenning(Leerling leerling, Leerwerkovereenkomst plaatsing, DateOnly date) =>
        plaatsing.Leerbedrijf is { } bedrijf
        && bedrijf.Erkenningen.Any(e => LwtErkenningVoorProfiel.Covers(e, leerling.ProfielCode, date, bedrijf.LwtStageperioden));

    private static NietGeteldReden? Reden(Leerling leerling, StageUrenRegel regel, Dictionary<int, (Leerwerkovereenkomst Plaatsing, DateOnly? SignedOn)> byId)
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

        if (!byId.TryGetValue(regel.LeerwerkovereenkomstId, out var entry)
            || entry.Plaatsing.Status is LeerwerkovereenkomstStatus.Concept)
        {
            return NietGeteldReden.GeenOvereenkomst;
        }

        if (!InPeriode(entry.Plaatsing, regel.Date))
        {
            return NietGeteldReden.BuitenPeriode;
        }

        if (entry.SignedOn is null || entry.SignedOn > regel.Date)
        {
            return NietGeteldReden.NietOndertekend;
        }

        return HeeftErkenning(leerling, entry.Plaatsing, regel.Date) ? null : NietGeteldReden.GeenErkenning;
    }
}
