namespace Leerwerk.Domain.StageUren.Prognose;

/// <summary>
/// Where a student's stage hours and days will stand at the start of the exam period of leerjaar 4
/// (<see cref="Horizon"/>), if the planned schedule is kept from <see cref="Vanaf"/>: the counted hours so far
/// plus the planned hours on the school's open days. Made by <see cref="StageUrenPrognose"/> only.
/// </summary>
public sealed record UrenPrognose
{
    public required DateOnly Vanaf { get; init; }

    /// <summary>The start of the exam period (CSPE window) of the student's leerjaar-4 school year.</summary>
    public required DateOnly Horizon { get; init; }

    public required decimal GeteldeUren { get; init; }

    public required int GeteldeDagen { get; init; }

    /// <summary>The planned stage days from <see cref="Vanaf"/> to the horizon, with their hours.</summary>
    public required IReadOnlyList<PrognoseDag> GeplandeDagen { get; init; }

    /// <summary>Weeks with at least one open school day left before the horizon.</summary>
    public required int SchoolwekenOver { get; init; }

    /// <summary>False when a school year up to the horizon has no school calendar: holidays are then not subtracted.</summary>
    public required bool KalenderCompleet { get; init; }

    /// <summary>The school's yearly target (E3) for the school year of <see cref="Vanaf"/>, or null when the policy is off.</summary>
    public decimal? JaarDoel { get; init; }

    /// <summary>Counted plus planned hours within the school year of <see cref="Vanaf"/> (up to the horizon).</summary>
    public decimal JaarPrognose { get; init; }

    public decimal GeplandeUren => GeplandeDagen.Sum(d => d.Hours);

    public decimal PrognoseUren => GeteldeUren + GeplandeUren;

    public int PrognoseDagen => GeteldeDagen + GeplandeDagen.Count;

    public decimal UrenTekort => Math.Max(0m, StageUrenPrognose.MinimumUren - PrognoseUren);

    public int DagenTekort => Math.Max(0, StageUrenPrognose.MinimumDagen - PrognoseDagen);

    public decimal JaarTekort => JaarDoel is null ? 0m : Math.Max(0m, JaarDoel.Value - JaarPrognose);

    /// <summary>The legal minimum (640 hours in 80 days) is reached at the horizon.</summary>
    public bool HaaltMinimum => UrenTekort == 0 && DagenTekort == 0;

    public bool HaaltBeleid => JaarTekort == 0;

    public bool OpRisico => !HaaltMinimum || !HaaltBeleid;

    /// <summary>Extra hours a week, over the school weeks left, that close the legal gap (one decimal, away from zero); null when no week is left.</summary>
    public decimal? ExtraUrenPerWeek => PerWeek(UrenTekort);

    public decimal? ExtraDagenPerWeek => PerWeek(DagenTekort);

    /// <summary>Progress at the horizon as the weaker of hours and days against the minimum (and the policy): the risk order, lowest first.</summary>
    public decimal Score
    {
        get
        {
            var wet = Math.Min(PrognoseUren / StageUrenPrognose.MinimumUren, (decimal)PrognoseDagen / StageUrenPrognose.MinimumDagen);
            return JaarDoel is > 0 ? Math.Min(wet, JaarPrognose / JaarDoel.Value) : wet;
        }
    }

    private decimal? PerWeek(decimal tekort) =>
        tekort == 0 ? 0m : SchoolwekenOver == 0 ? null : Math.Round(tekort / SchoolwekenOver, 1, MidpointRounding.AwayFromZero);
}

/// <summary>One planned stage day of the forecast.</summary>
public sealed record PrognoseDag(DateOnly Date, decimal Hours);
