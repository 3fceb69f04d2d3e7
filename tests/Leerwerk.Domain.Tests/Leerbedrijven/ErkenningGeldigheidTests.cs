using Leerwerk.Domain.Leerbedrijven;

namespace Leerwerk.Domain.Tests.Leerbedrijven;

public sealed class ErkenningGeldigheidTests
{
    private static readonly DateOnly Granted = new(2020, 3, 1);

    [Fact]
    public void LapsesOn_NeverHosted_FourYearsAfterTheGrant()
    {
        Assert.Equal(new DateOnly(2024, 3, 1), ErkenningGeldigheid.LapsesOn(A.Erkenning(grantedOn: Granted), []));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    public void IsLapsedOn_AroundFourYearsAfterTheLastHosting(int daysFromLapse, bool lapsed)
    {
        Stageperiode[] hosting = [new(new DateOnly(2021, 9, 1), new DateOnly(2022, 7, 8))];
        var date = new DateOnly(2026, 7, 8).AddDays(daysFromLapse);

        Assert.Equal(lapsed, ErkenningGeldigheid.IsLapsedOn(A.Erkenning(grantedOn: Granted), hosting, date));
    }

    [Fact]
    public void LapsesOn_HostingThatStartsOnlyAfterTheLapse_DoesNotRevive()
    {
        Stageperiode[] hosting = [new(new DateOnly(2024, 3, 1), new DateOnly(2025, 7, 1))];

        Assert.Equal(new DateOnly(2024, 3, 1), ErkenningGeldigheid.LapsesOn(A.Erkenning(grantedOn: Granted), hosting));
    }

    [Fact]
    public void LapsesOn_HostingStartingTheDayBeforeTheLapse_KeepsItAlive()
    {
        Stageperiode[] hosting = [new(new DateOnly(2024, 2, 29), new DateOnly(2024, 7, 1))];

        Assert.Equal(new DateOnly(2028, 7, 1), ErkenningGeldigheid.LapsesOn(A.Erkenning(grantedOn: Granted), hosting));
    }

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void IsAssessmentOverdueOn_TheDayAfterFourYears(int daysAfterDue, bool overdue)
    {
        var erkenning = A.Erkenning(grantedOn: Granted);
        erkenning.LastAssessedOn = new DateOnly(2022, 5, 10);

        Assert.Equal(overdue, ErkenningGeldigheid.IsAssessmentOverdueOn(erkenning, new DateOnly(2026, 5, 10).AddDays(daysAfterDue)));
    }

    [Fact]
    public void AssessmentDueOn_FourYearsAfterTheLastAssessment_NoneWhenWithdrawnOrLapsed()
    {
        var erkenning = A.Erkenning(grantedOn: Granted);
        erkenning.LastAssessedOn = new DateOnly(2022, 5, 10);
        Stageperiode[] hosting = [new(new DateOnly(2023, 9, 1), new DateOnly(2024, 7, 1))];

        Assert.Equal(new DateOnly(2026, 5, 10), ErkenningGeldigheid.AssessmentDueOn(erkenning, hosting, new DateOnly(2026, 3, 1)));
        Assert.Null(ErkenningGeldigheid.AssessmentDueOn(erkenning, [], new DateOnly(2026, 3, 1)));
        erkenning.WithdrawnOn = new DateOnly(2026, 2, 1);
        Assert.Null(ErkenningGeldigheid.AssessmentDueOn(erkenning, hosting, new DateOnly(2026, 3, 1)));
    }

    [Fact]
    public void IsValidOn_OverdueAssessmentButHosting_StaysValid()
    {
        var erkenning = A.Erkenning(grantedOn: Granted);
        Stageperiode[] hosting = [new(new DateOnly(2023, 9, 1), new DateOnly(2024, 7, 1))];

        Assert.True(ErkenningGeldigheid.IsValidOn(erkenning, hosting, new DateOnly(2025, 1, 1)));
    }

    [Theory]
    [InlineData("2020-02-29", false)]
    [InlineData("2020-03-01", true)]
    [InlineData("2022-12-31", true)]
    [InlineData("2023-01-01", false)]
    public void Venster_WithdrawnBeforeTheLapse_EndsTheDayOfTheWithdrawal(string date, bool valid)
    {
        var erkenning = A.Erkenning(grantedOn: Granted);
        erkenning.WithdrawnOn = new DateOnly(2023, 1, 1);
        var day = DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(valid, ErkenningGeldigheid.Venster(erkenning, []).Contains(day));
        Assert.Equal(valid, ErkenningGeldigheid.IsValidOn(erkenning, [], day));
    }

    [Theory]
    [InlineData("2024-02-29", true)]
    [InlineData("2024-03-01", false)]
    public void Venster_LapseBeforeTheWithdrawal_EndsTheDayOfTheLapse(string date, bool valid)
    {
        var erkenning = A.Erkenning(grantedOn: Granted);
        erkenning.WithdrawnOn = new DateOnly(2025, 1, 1);

        Assert.Equal(valid, ErkenningGeldigheid.Venster(erkenning, []).Contains(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)));
    }
}
