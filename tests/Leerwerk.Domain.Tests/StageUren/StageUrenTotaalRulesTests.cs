using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Rules;
using Leerwerk.Domain.StageUren;
using Leerwerk.Domain.StageUren.Rules;

namespace Leerwerk.Domain.Tests.StageUren;

public sealed class StageUrenTotaalRulesTests
{
    private static readonly DateOnly BeforeExams = new(2027, 3, 31);
    private static readonly DateOnly ExamsStarted = new(2027, 4, 1);

    [Theory]
    [InlineData(639.75, 80, true)]
    [InlineData(640, 80, false)]
    [InlineData(640, 79, true)]
    public void E1_AfterExamStart_ErrorBelowMinimum(double hours, int days, bool error)
    {
        var dossier = A.Dossier(A.Leerling(leerjaar: 4), plaatsingen: A.Plaatsing()).WithUren(A.Uren((decimal)hours, days));

        var findings = new MinimumStageUren().Evaluate(dossier, ExamsStarted).ToList();

        Assert.Equal(error, findings.Any(f => f.IsBlocking));
        if (error)
        {
            Assert.StartsWith("WVO 2020 art. 2.38", findings[0].Citation.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void E1_BeforeExamStart_WarnsWithHoursStillNeeded()
    {
        var dossier = A.Dossier(A.Leerling(leerjaar: 4), plaatsingen: A.Plaatsing()).WithUren(A.Uren(600.5m, 80));

        var finding = Assert.Single(new MinimumStageUren().Evaluate(dossier, BeforeExams));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Contains("nog 39,5 uur nodig", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(8, 8, false)]
    [InlineData(2, 0, true)]
    public void E1_BeforeExamStart_WarnsOnlyWhenThePlannedRoosterDoesNotReachTheMinimum(int tuesday, int thursday, bool warns)
    {
        // Leerjaar 3 in September 2026 with nothing counted yet; the agreement runs to the end of leerjaar 4.
        var plaatsing = A.Plaatsing();
        plaatsing.EndDate = new DateOnly(2028, 7, 7);
        plaatsing.Rooster = new Rooster { Tuesday = tuesday, Thursday = thursday };
        var dossier = A.Dossier(A.Leerling(leerjaar: 3), plaatsingen: plaatsing);

        var findings = new MinimumStageUren().Evaluate(dossier, new DateOnly(2026, 9, 1)).ToList();

        Assert.Equal(warns, findings.Count == 1);
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public void E1_LeerjaarThree_IsOnlyAWarning()
    {
        var dossier = A.Dossier(A.Leerling(leerjaar: 3), plaatsingen: A.Plaatsing()).WithUren(A.Uren(100m, 12));

        Assert.All(new MinimumStageUren().Evaluate(dossier, ExamsStarted), f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public void E1_OnlyApprovedHoursCount()
    {
        var dossier = A.Dossier(A.Leerling(leerjaar: 4), plaatsingen: A.Plaatsing()).WithUren(A.Uren(700m, 90, UrenStatus.Ingevoerd));

        Assert.Contains(new MinimumStageUren().Evaluate(dossier, ExamsStarted), f => f.IsBlocking);
    }

    [Theory]
    [InlineData(1280, 160, false)]
    [InlineData(1280.25, 160, true)]
    [InlineData(1200, 161, true)]
    public void E2_AboveMaximum_IsAnError(double hours, int days, bool error)
    {
        var dossier = A.Dossier(A.Leerling(leerjaar: 4), plaatsingen: A.Plaatsing()).WithUren(A.Uren((decimal)hours, days));

        var findings = new MaximumStageUren().Evaluate(dossier, ExamsStarted).ToList();

        Assert.Equal(error, findings.Any(f => f.IsBlocking));
        if (error)
        {
            Assert.Contains("1280 uur in 160 dagen", findings[0].Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(3, 2027, 4, 15, "1 april 2028")]
    [InlineData(3, 2026, 9, 1, "1 april 2028")]
    [InlineData(4, 2026, 9, 1, "1 april 2027")]
    [InlineData(4, 2027, 3, 31, "1 april 2027")]
    public void E1_NamesTheExamPeriodOfTheStudentsLeerjaarFour(int leerjaar, int y, int m, int d, string expected)
    {
        var dossier = A.Dossier(A.Leerling(leerjaar: leerjaar), plaatsingen: A.Plaatsing()).WithUren(A.Uren(100m, 12));

        var finding = Assert.Single(new MinimumStageUren().Evaluate(dossier, new DateOnly(y, m, d)));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.EndsWith($"vóór de examenperiode ({expected} in leerjaar 4).", finding.Message, StringComparison.Ordinal);
    }
}
