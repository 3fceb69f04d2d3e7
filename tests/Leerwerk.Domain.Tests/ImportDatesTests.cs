namespace Leerwerk.Domain.Tests;

public sealed class ImportDatesTests
{
    [Theory]
    [InlineData("19-10-2026")]
    [InlineData("19-10-2026 00:00")]
    [InlineData("19/10/2026")]
    [InlineData("19.10.2026")]
    [InlineData(" 2026-10-19 ")]
    public void TryParse_EveryAcceptedNotation_GivesTheSameDay(string text)
    {
        Assert.True(ImportDates.TryParse(text, out var date));
        Assert.Equal(new DateOnly(2026, 10, 19), date);
    }

    [Theory]
    [InlineData("1-9-2026")]
    [InlineData("01-09-2026")]
    public void TryParse_OneOrTwoDigits_AreBothRead(string text)
    {
        Assert.True(ImportDates.TryParse(text, out var date));
        Assert.Equal(new DateOnly(2026, 9, 1), date);
    }

    [Theory]
    [InlineData("31-02-2026")]
    [InlineData("10-19-2026")]
    [InlineData("19 oktober 2026")]
    [InlineData("")]
    public void TryParse_NotARealDateInANotation_IsFalse(string text)
    {
        Assert.False(ImportDates.TryParse(text, out _));
    }
}
