using Leerwerk.Web.Mail;

namespace Leerwerk.IntegrationTests.Mail;

/// <summary>The back-off between attempts: doubling from the first wait, never beyond the maximum.</summary>
public sealed class RetryScheduleTests
{
    private static readonly TimeSpan First = TimeSpan.FromMinutes(1);
    private static readonly TimeSpan Max = TimeSpan.FromHours(1);

    [Theory]
    [InlineData(1, 1)]
    [InlineData(2, 2)]
    [InlineData(3, 4)]
    [InlineData(6, 32)]
    [InlineData(7, 60)]
    [InlineData(40, 60)]
    public void After_FailedAttempts_WaitsDoublingMinutesUpToAnHour(int failedAttempts, int minutes) =>
        Assert.Equal(TimeSpan.FromMinutes(minutes), RetrySchedule.After(failedAttempts, First, Max));

    [Fact]
    public void After_NoFailure_WaitsNothing() => Assert.Equal(TimeSpan.Zero, RetrySchedule.After(0, First, Max));
}
