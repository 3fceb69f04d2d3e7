using System.Diagnostics;

namespace Leerwerk.Tests;

/// <summary>
/// The clock of the web app under test: it starts on <see cref="Today"/> and runs on at real speed. The demo
/// school is made relative to "today" and many pages judge by it, so the tests pin the date instead of
/// depending on the day they run. It runs on (unlike a frozen fake) because the framework measures real
/// intervals with the app's clock: cookie lifetimes, data-protection keys, timers.
/// </summary>
public sealed class TestClock : TimeProvider
{
    /// <summary>A Monday in the school year 2026-2027 (no holiday), the year the tests' expectations are written for.</summary>
    public static readonly DateOnly Today = new(2026, 12, 7);

    private readonly DateTimeOffset _start;

    private readonly long _started = Stopwatch.GetTimestamp();

    /// <summary>One clock per process, so that arranged records and the app agree on "now".</summary>
    public static TestClock Instance { get; } = new(Today);

    private TestClock(DateOnly day)
    {
        // 09:00 local time on the day: a test run ends long before the date changes.
        _start = new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(9, 0)), TimeZoneInfo.Local), TimeSpan.Zero);
    }

    /// <summary>A clock on another day, for the few tests about what depends on the school year itself.</summary>
    public static TestClock StartingOn(DateOnly day) => new(day);

    public override DateTimeOffset GetUtcNow() => _start + Stopwatch.GetElapsedTime(_started);

    /// <summary>The current instant as a UTC <see cref="DateTime"/>, for records that store one.</summary>
    public DateTime UtcDateTime => GetUtcNow().UtcDateTime;
}
