using System.Diagnostics;
using System.Globalization;

namespace Leerwerk.Bench;

/// <summary>What the benchmarks need to report a measurement: the median, and how busy the machine was.</summary>
internal static class Meting
{
    /// <summary>The load average over the last minute in Dutch notation ("1,26"), or "onbekend" off Linux.</summary>
    public static string LoadAverage() =>
        File.Exists("/proc/loadavg")
            ? decimal.Parse(File.ReadAllText("/proc/loadavg").Split(' ')[0], CultureInfo.InvariantCulture).ToString("N2", CultureInfo.GetCultureInfo("nl-NL"))
            : "onbekend";

    /// <summary>The milliseconds <paramref name="work"/> takes, after a full collection so no earlier garbage is counted.</summary>
    public static async Task<double> TimeAsync(Func<Task<long>> work)
    {
        GC.Collect();
        GC.WaitForPendingFinalizers();
        GC.Collect();
        var stopwatch = Stopwatch.StartNew();
        GC.KeepAlive(await work());
        return stopwatch.Elapsed.TotalMilliseconds;
    }

    public static double Median(IReadOnlyCollection<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }
}
