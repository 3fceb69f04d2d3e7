namespace Leerwerk.Web.Mail;

/// <summary>Exponential back-off: the wait before attempt n+1 after n failed attempts.</summary>
public static class RetrySchedule
{
    public static TimeSpan After(int failedAttempts, TimeSpan first, TimeSpan max)
    {
        if (failedAttempts < 1)
        {
            return TimeSpan.Zero;
        }

        // 2^(n-1) times the first wait; the exponent is capped so the multiplication cannot overflow.
        var factor = Math.Pow(2, Math.Min(failedAttempts - 1, 30));
        var wait = TimeSpan.FromTicks((long)Math.Min(first.Ticks * factor, max.Ticks));
        return wait < max ? wait : max;
    }
}
