using Leerwerk.Domain;
using ScottPlot;

namespace Leerwerk.Web.Pages.Rapportage;

/// <summary>
/// The LWT students per profiel as a bar chart, leerjaar 3 and 4 side by side, as an inline SVG (ScottPlot). The table
/// of counts on the page is its text alternative; the SVG is labelled by a sentence that says so.
/// </summary>
public static class TellingGrafiek
{
    public static string Svg(IReadOnlyList<LwtTelling.ProfielRij> rows, string labelId)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var plot = new Plot();
        plot.Font.Set("DejaVu Sans");
        var centres = rows.Select((_, i) => (double)i).ToArray();
        Series(plot, [.. centres.Select(c => c - 0.2)], [.. rows.Select(r => (double)r.Leerjaar3)], "Leerjaar 3", Colors.SteelBlue);
        Series(plot, [.. centres.Select(c => c + 0.2)], [.. rows.Select(r => (double)r.Leerjaar4)], "Leerjaar 4", Colors.DarkOrange);
        plot.Axes.Bottom.SetTicks(centres, [.. rows.Select(r => r.Profiel.Afkorting)]);
        plot.YLabel("LWT-leerlingen");
        plot.Axes.Margins(bottom: 0);
        plot.ShowLegend(Alignment.UpperRight);
        var svg = plot.GetSvgXml(760, 360);
        var begin = svg.IndexOf("<svg", StringComparison.Ordinal);
        return string.Concat("<svg role=\"img\" aria-labelledby=\"", labelId, "\" focusable=\"false\"", svg[(begin + 4)..]);
    }

    private static void Series(Plot plot, double[] positions, double[] values, string legend, Color color)
    {
        var bars = plot.Add.Bars(positions, values);
        bars.LegendText = legend;
        bars.Color = color;
        foreach (var bar in bars.Bars)
        {
            bar.Size = 0.4;
        }
    }

    /// <summary>The sentence that labels the chart.</summary>
    public static string Label(int total) => $"Staafdiagram van de {Nl.Amount(total)} LWT-leerlingen per profiel in leerjaar 3 en 4; de tabel hierboven geeft dezelfde aantallen.";
}
