using System.Globalization;

namespace Leerwerk.Bench;

/// <summary>What both benchmarks need to report a measurement: the median, and how busy the machine was.</summary>
internal static class Meting
{
    /// <summary>The load average over the last minute in Dutch notation ("1,26"), or "onbekend" off Linux.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg")
            ? decimal.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture).ToString("N2", CultureInfo.GetCultureInfo("nl-NL"))
            : "onbekend";

    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
