using System.Globalization;
using Leerwerk.Domain;
using Leerwerk.Domain.StageUren.Prognose;
using Leerwerk.Domain.StageUren.Rules;
using Leerwerk.Domain.StageUren.Telling;
using ScottPlot;

namespace Leerwerk.Web.Pages.StageUren;

/// <summary>
/// The cumulative counted hours of one student against the 640 and 1280 lines, with the forecast up to the exam
/// period, as an inline SVG (ScottPlot), plus the month table that is its text alternative.
/// </summary>
public static class UrenGrafiek
{
    /// <summary>The chart as an &lt;svg&gt; element labelled by the element with id <paramref name="labelId"/>.</summary>
    public static string Svg(IReadOnlyList<GeteldeRegel> geteld, UrenPrognose prognose, string labelId)
    {
        ArgumentNullException.ThrowIfNull(prognose);
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        var (xs, ys) = Cumulatief(geteld);
        if (xs.Count > 0)
        {
            var counted = plot.Add.Scatter(xs.ToArray(), ys.ToArray());
            counted.LegendText = "Meetellende uren";
            counted.MarkerSize = 0;
            counted.LineWidth = 2;
        }

        var start = (double)(ys.Count > 0 ? ys[^1] : 0);
        var fx = new List<double> { prognose.Vanaf.AddDays(-1).ToDateTime(TimeOnly.MinValue).ToOADate() };
        var fy = new List<double> { start };
        var total = start;
        foreach (var dag in prognose.GeplandeDagen)
        {
            total += (double)dag.Hours;
            fx.Add(dag.Date.ToDateTime(TimeOnly.MinValue).ToOADate());
            fy.Add(total);
        }

        var forecast = plot.Add.Scatter(fx.ToArray(), fy.ToArray());
        forecast.LegendText = "Prognose volgens rooster";
        forecast.MarkerSize = 0;
        forecast.LinePattern = LinePattern.Dashed;
        forecast.LineWidth = 2;

        var minimum = plot.Add.HorizontalLine((double)MinimumStageUren.MinimumHours);
        minimum.LegendText = $"Minimum {Nl.Amount(MinimumStageUren.MinimumHours)} uur";
        minimum.Color = Colors.DarkGreen;
        var maximum = plot.Add.HorizontalLine((double)MaximumStageUren.MaximumHours);
        maximum.LegendText = $"Maximum {Nl.Amount(MaximumStageUren.MaximumHours)} uur";
        maximum.Color = Colors.DarkRed;
        var exam = plot.Add.VerticalLine(prognose.Horizon.ToDateTime(TimeOnly.MinValue).ToOADate());
        exam.LegendText = "Start examenperiode";
        exam.Color = Colors.Gray;

        plot.Axes.DateTimeTicksBottom();
        plot.YLabel("Uren (cumulatief)");
        plot.Axes.SetLimitsY(0, 1400);
        plot.ShowLegend(Alignment.UpperLeft);
        var svg = plot.GetSvgXml(760, 380);
        var begin = svg.IndexOf("<svg", StringComparison.Ordinal);
        return string.Concat("<svg role=\"img\" aria-labelledby=\"", labelId, "\" focusable=\"false\"", svg[(begin + 4)..]);
    }

    /// <summary>Per month: counted hours, cumulative counted, and the forecast's cumulative total at the month's end.</summary>
    public static IReadOnlyList<Maand> Maanden(IReadOnlyList<GeteldeRegel> geteld, UrenPrognose prognose)
    {
        ArgumentNullException.ThrowIfNull(geteld);
        ArgumentNullException.ThrowIfNull(prognose);
        var counted = geteld.Where(g => g.Telt).Select(g => g.Regel).ToList();
        var first = counted.Count > 0 ? counted.Min(u => u.Date) : prognose.Vanaf;
        var month = new DateOnly(first.Year, first.Month, 1);
        var result = new List<Maand>();
        var cumulative = 0m;
        while (month <= prognose.Horizon)
        {
            var end = month.AddMonths(1);
            var inMonth = counted.Where(u => u.Date >= month && u.Date < end).Sum(u => u.Hours);
            cumulative += inMonth;
            decimal? forecast = end > prognose.Vanaf
                ? cumulative + prognose.GeplandeDagen.Where(d => d.Date < end).Sum(d => d.Hours)
                : null;
            result.Add(new Maand(month.ToString("MMMM yyyy", Nl.Culture), inMonth, cumulative, forecast));
            month = end;
        }

        return result;
    }

    private static (List<double> Xs, List<decimal> Ys) Cumulatief(IEnumerable<GeteldeRegel> geteld)
    {
        var xs = new List<double>();
        var ys = new List<decimal>();
        var total = 0m;
        foreach (var day in geteld.Where(g => g.Telt).GroupBy(g => g.Regel.Date).OrderBy(g => g.Key))
        {
            total += day.Sum(g => g.Regel.Hours);
            xs.Add(day.Key.ToDateTime(TimeOnly.MinValue).ToOADate());
            ys.Add(total);
        }

        return (xs, ys);
    }

    /// <summary>One row of the text alternative.</summary>
    public sealed record Maand(string Naam, decimal Uren, decimal Cumulatief, decimal? Prognose)
    {
        public string PrognoseTekst => Prognose is null ? "" : Nl.Number(Prognose.Value);

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Naam}: {Uren}");
    }
}
