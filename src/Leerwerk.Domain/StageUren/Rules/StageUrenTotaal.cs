using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Leerlingen;

namespace Leerwerk.Domain.StageUren.Rules;

/// <summary>The approved stage hours and distinct stage days of a dossier, as E1 and E2 count them.</summary>
public sealed record StageUrenTotaal(decimal Hours, int Days)
{
    /// <summary>Approved hours (over leerjaar 3 and 4) and the distinct dates with approved hours.</summary>
    public static StageUrenTotaal Of(Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var approved = dossier.Uren.Where(u => u.Status == UrenStatus.Goedgekeurd && u.Hours > 0).ToList();
        return new StageUrenTotaal(approved.Sum(u => u.Hours), approved.Select(u => u.Date).Distinct().Count());
    }

    /// <summary>True for an LWT student in leerjaar 3 or 4: the years whose stage E1 and E2 count.</summary>
    public static bool Applies(Dossier dossier, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return dossier.Leerling.Leerjaar is 3 or 4 && dossier.Leerling.RouteOn(date) == Leerroute.LeerWerktraject;
    }

    /// <summary>1 April of the school year (from 1 August) that contains the date: the earliest CSPE window (D2).</summary>
    public static DateOnly ExamPeriodStart(DateOnly date) => new(date.Month >= 8 ? date.Year + 1 : date.Year, 4, 1);
}
