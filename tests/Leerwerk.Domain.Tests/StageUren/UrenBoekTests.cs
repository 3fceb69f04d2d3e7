using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren;

namespace Leerwerk.Domain.Tests.StageUren;

public sealed class UrenBoekTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 10, 0, 0, DateTimeKind.Utc);
    private static readonly DateOnly Day = new(2026, 11, 30);

    [Fact]
    public void Correct_KeepsTheOldEntryAsGecorrigeerdAndAddsAnEnteredReplacement()
    {
        var old = UrenBoek.Enter(1, 2, 3, Day, 8m, "coordinator", Now);
        UrenBoek.Approve(old, "Piet", Now);

        var replacement = UrenBoek.Correct(old, 6.5m, "mentor", Now.AddHours(1), "ziek naar huis");
        replacement.Id = 99;
        UrenBoek.Link(old, replacement);

        Assert.Equal(UrenStatus.Gecorrigeerd, old.Status);
        Assert.Equal(8m, old.Hours);
        Assert.Equal(99, old.CorrectedById);
        Assert.False(UrenBoek.IsCurrent(old));
        Assert.Equal(UrenStatus.Ingevoerd, replacement.Status);
        Assert.Equal((6.5m, Day, 3, "mentor", "ziek naar huis"), (replacement.Hours, replacement.Date, replacement.LeerwerkovereenkomstId, replacement.EnteredBy, replacement.Note));
        Assert.Throws<InvalidOperationException>(() => UrenBoek.Correct(old, 4m, "x", Now));
    }

    [Fact]
    public void Approve_OnlyEnteredEntries()
    {
        var entry = UrenBoek.Enter(1, 2, 3, Day, 8m, "coordinator", Now);

        Assert.True(UrenBoek.Approve(entry, "Piet Begeleider", Now));
        Assert.Equal((UrenStatus.Goedgekeurd, "Piet Begeleider", (DateTime?)Now), (entry.Status, entry.ReviewedBy, entry.ReviewedAt));
        Assert.False(UrenBoek.Approve(entry, "Ander", Now.AddDays(1)));
        Assert.Equal("Piet Begeleider", entry.ReviewedBy);
    }

    [Fact]
    public void Reject_RecordsReasonAndReviewer()
    {
        var entry = UrenBoek.Enter(1, 2, 3, Day, 8m, "coordinator", Now);

        UrenBoek.Reject(entry, " Niet op stage geweest ", "coordinator", Now);

        Assert.Equal((UrenStatus.Afgekeurd, "Niet op stage geweest", "coordinator"), (entry.Status, entry.Note, entry.ReviewedBy));
        Assert.True(UrenBoek.IsCurrent(entry));
    }

    [Theory]
    [InlineData("7,5", 7.5)]
    [InlineData(" 12 ", 12)]
    [InlineData("0,25", 0.25)]
    [InlineData("", 0)]
    public void TryParse_DutchQuarterHours_AreRead(string text, decimal expected)
    {
        Assert.Null(UrenInvoer.TryParse(text, "maandag", out var hours));
        Assert.Equal(expected, hours);
    }

    [Theory]
    [InlineData("7.5", "komma")]
    [InlineData("12,25", "0 tot 12")]
    [InlineData("7,3", "kwartieren")]
    [InlineData("-1", "geen aantal")]
    [InlineData("acht", "geen aantal")]
    public void TryParse_BadHours_NamesTheDayInDutch(string text, string expected)
    {
        var message = UrenInvoer.TryParse(text, "Dinsdag 1 december 2026", out _);

        Assert.NotNull(message);
        Assert.StartsWith("Dinsdag 1 december 2026: ", message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public void CheckDate_AgreementsFirstAndLastDayAreInside_TheDayAfterIsNot()
    {
        var agreement = new Leerwerkovereenkomst { StartDate = new DateOnly(2026, 9, 1), EndDate = new DateOnly(2027, 6, 30) };

        Assert.Null(UrenInvoer.CheckDate(new DateOnly(2026, 9, 1), agreement, "x"));
        Assert.Null(UrenInvoer.CheckDate(new DateOnly(2027, 6, 30), agreement, "x"));
        Assert.Equal("rij 3: 1 juli 2027 valt buiten de leer-werkovereenkomst (1 september 2026 tot en met 30 juni 2027).",
            UrenInvoer.CheckDate(new DateOnly(2027, 7, 1), agreement, "rij 3"));
    }

    [Fact]
    public void CheckNotAfterToday_TodayAndEarlierAreAllowed_TheDayAfterIsNamedInDutch()
    {
        var today = new DateOnly(2026, 12, 7);

        Assert.Null(UrenInvoer.CheckNotAfterToday(today, today));
        Assert.Null(UrenInvoer.CheckNotAfterToday(today.AddDays(-30), today));
        Assert.False(UrenInvoer.IsAfterToday(today, today));
        Assert.True(UrenInvoer.IsAfterToday(today.AddDays(1), today));
        Assert.Equal("4 januari 2027 ligt na vandaag; uren worden pas ingevoerd en goedgekeurd als de dag geweest is.",
            UrenInvoer.CheckNotAfterToday(new DateOnly(2027, 1, 4), today));
    }

    [Fact]
    public void StageWeek_ParsesHtmlWeekAndNamesDutchDates()
    {
        var week = StageWeek.Parse("2026-W49")!.Value;

        Assert.Equal(new DateOnly(2026, 11, 30), week.Monday);
        Assert.Equal("2026-W49", week.ToString());
        Assert.Equal("week 49 (30 november t/m 4 december 2026)", week.Label());
        Assert.Equal(week, StageWeek.Of(new DateOnly(2026, 12, 6)));
        Assert.Equal(new StageWeek(2027, 1), StageWeek.Of(new DateOnly(2027, 1, 4)));
        Assert.Null(StageWeek.Parse("2026-W54"));
        Assert.Null(StageWeek.Parse("week 49"));
    }
}
