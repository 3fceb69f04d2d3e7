namespace Leerwerk.Domain.Leerbedrijven;

/// <summary>
/// The one computation of whether an SBB-erkenning still counts on a date, used by rules E5, F1 and F2,
/// the Leerbedrijven pages and the dashboard.
/// </summary>
/// <remarks>
/// By law an erkenning ends by withdrawal, or lapses (vervalt van rechtswege) when the company has hosted no
/// LWT student for four consecutive years (WVO 2020 art. 2.105 lid 7; F2). An assessment that is overdue (F1)
/// is SBB's duty and a finding, but does not by itself end the erkenning, so it does not decide E5.
/// </remarks>
public static class ErkenningGeldigheid
{
    /// <summary>Four consecutive years without hosting end the erkenning (F2).</summary>
    public const int YearsWithoutHosting = 4;

    /// <summary>
    /// The first day the erkenning has lapsed under F2, given the company's hosting periods: four years after
    /// the grant or after the end of a hosting period, whichever is later, unless a new hosting period began
    /// before that day. A period that starts only after the lapse does not revive it.
    /// </summary>
    public static DateOnly LapsesOn(Erkenning erkenning, IEnumerable<Stageperiode> hosting)
    {
        ArgumentNullException.ThrowIfNull(erkenning);
        ArgumentNullException.ThrowIfNull(hosting);
        var quietSince = erkenning.GrantedOn;
        foreach (var period in hosting.OrderBy(p => p.Start))
        {
            var lapse = quietSince.AddYears(YearsWithoutHosting);
            if (period.Start >= lapse)
            {
                return lapse;
            }

            if (period.End > quietSince)
            {
                quietSince = period.End;
            }
        }

        return quietSince.AddYears(YearsWithoutHosting);
    }

    /// <summary>True when the erkenning has lapsed by law (F2) on <paramref name="date"/>.</summary>
    public static bool IsLapsedOn(Erkenning erkenning, IEnumerable<Stageperiode> hosting, DateOnly date) =>
        LapsesOn(erkenning, hosting) <= date;

    /// <summary>True when it is withdrawn on or before <paramref name="date"/>.</summary>
    public static bool IsWithdrawnOn(Erkenning erkenning, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(erkenning);
        return erkenning.WithdrawnOn is { } withdrawn && withdrawn <= date;
    }

    /// <summary>True when the erkenning counts on the date: granted, not withdrawn, not lapsed.</summary>
    public static bool IsValidOn(Erkenning erkenning, IEnumerable<Stageperiode> hosting, DateOnly date) =>
        Venster(erkenning, hosting).Contains(date);

    /// <summary>
    /// The days on which the erkenning counts: from the grant up to (not including) the withdrawal or the lapse,
    /// whichever comes first. Computed once, it answers <see cref="IsValidOn"/> for many dates without sorting the
    /// hosting periods again (the hour count asks it for every entry).
    /// </summary>
    public static ErkenningVenster Venster(Erkenning erkenning, IEnumerable<Stageperiode> hosting)
    {
        ArgumentNullException.ThrowIfNull(erkenning);
        var lapse = LapsesOn(erkenning, hosting);
        var until = erkenning.WithdrawnOn is { } withdrawn && withdrawn < lapse ? withdrawn : lapse;
        return new ErkenningVenster(erkenning.GrantedOn, until);
    }

    /// <summary>
    /// F1: the day by which SBB's next four-yearly assessment is due (<see cref="Erkenning.NextAssessmentDue"/>), for an
    /// erkenning that still counts on <paramref name="date"/>; null when it is withdrawn or has lapsed, as then no
    /// assessment is owed. Rule F1 (overdue) and the reminder before the due date both ask this one method.
    /// </summary>
    public static DateOnly? AssessmentDueOn(Erkenning erkenning, IEnumerable<Stageperiode> hosting, DateOnly date) =>
        IsWithdrawnOn(erkenning, date) || IsLapsedOn(erkenning, hosting, date) ? null : erkenning.NextAssessmentDue;

    /// <summary>F1: the four-yearly assessment is overdue: the last one (or the grant) plus four years lies before the date.</summary>
    public static bool IsAssessmentOverdueOn(Erkenning erkenning, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(erkenning);
        return erkenning.NextAssessmentDue < date;
    }
}
