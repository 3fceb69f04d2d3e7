using Leerwerk.Domain.Controle;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Leerlingen.Rules;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Tests.Leerlingen;

public sealed class StartRulesTests
{
    private static readonly DateOnly Day = new(2026, 11, 30);

    private static Leerling Onderbouw(int leerjaar, decimal? jaar1, decimal? jaar2, bool beoogd = true)
    {
        var student = A.Leerling(leerjaar: leerjaar);
        student.Routes.Clear();
        student.LwtBeoogd = beoogd;
        student.KerndoelUrenLeerjaar1 = jaar1;
        student.KerndoelUrenLeerjaar2 = jaar2;
        return student;
    }

    [Theory]
    [InlineData(700, 724.75, true)]
    [InlineData(700, 725, false)]
    [InlineData(1425, 0, false)]
    public void B4_HoursTogetherAroundTheMinimum_ErrorOnlyBelow1425(decimal jaar1, decimal jaar2, bool error)
    {
        var findings = new OnderbouwKerndoelUren().Evaluate(A.Dossier(Onderbouw(2, jaar1, jaar2)), Day).ToList();

        Assert.Equal(error, findings.Count == 1);
        if (error)
        {
            var finding = findings[0];
            Assert.Equal(("B4", RuleKind.Moet, Severity.Error), (finding.RuleId, finding.Kind, finding.Severity));
            Assert.Contains("1424,75", finding.Message, StringComparison.Ordinal);
            Assert.Contains("2.38", finding.Citation.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void B4_NotMarkedForLwt_IsNotJudged()
    {
        Assert.Empty(new OnderbouwKerndoelUren().Evaluate(A.Dossier(Onderbouw(2, 100, 100, beoogd: false)), Day));
    }

    [Fact]
    public void B4_Leerjaar1WithOnlyYearOne_WaitsForYearTwo()
    {
        Assert.Empty(new OnderbouwKerndoelUren().Evaluate(A.Dossier(Onderbouw(1, 712, null)), Day));
    }

    [Fact]
    public void B4_PastOnderbouwWithoutHours_IsAnError()
    {
        var finding = Assert.Single(new OnderbouwKerndoelUren().Evaluate(A.Dossier(Onderbouw(3, null, null)), Day));

        Assert.Contains("niet vastgelegd", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void B4_BeforeWvo2020_CitesTheOldArticle()
    {
        var finding = Assert.Single(new OnderbouwKerndoelUren().Evaluate(A.Dossier(Onderbouw(2, 700, 700)), new DateOnly(2022, 7, 31)));

        Assert.Contains("11d", finding.Citation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void B4_IsPartOfTheOneDossierEvaluation()
    {
        Assert.Contains(DossierRules.Evaluate(A.Dossier(Onderbouw(2, 700, 700)), Day), f => f.RuleId == "B4");
    }

    private static Leerling Lwt(int leerjaar, DateOnly start)
    {
        var student = A.Leerling(leerjaar: leerjaar);
        student.Routes.Clear();
        student.Routes.Add(new RouteBesluit { Route = Leerroute.LeerWerktraject, StartDate = start, DecidedBy = "Toelatingscommissie" });
        return student;
    }

    /// <summary>Leerjaar 4 in school year 2026–2027: leerjaar 4 starts on 1 August 2026.</summary>
    [Theory]
    [InlineData("2026-08-01", false)]
    [InlineData("2026-08-02", true)]
    public void B3_DecisionAroundStartOfLeerjaar4_AdviceOnlyAfterIt(string start, bool advice)
    {
        var student = Lwt(4, DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture));
        var dossier = A.Dossier(student, [A.Samenwerking()], A.Plaatsing(start: new DateOnly(2025, 9, 8)));

        var findings = new LwtBesluitOpTijd().Evaluate(dossier, Day).ToList();

        Assert.Equal(advice, findings.Count == 1);
        Assert.All(findings, f => Assert.Equal((RuleKind.Advies, Severity.Warning), (f.Kind, f.Severity)));
    }

    [Fact]
    public void B3_Leerjaar4WithoutStageInLeerjaar3_GivesAdvice()
    {
        var student = Lwt(4, new DateOnly(2025, 8, 25));
        var dossier = A.Dossier(student, [A.Samenwerking()], A.Plaatsing(start: new DateOnly(2026, 9, 7)));

        var finding = Assert.Single(new LwtBesluitOpTijd().Evaluate(dossier, Day));

        Assert.Contains("leerjaar 3", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void B3_EarlierLwtDecisionAfterAnotherRoute_CountsFromTheLwtStart()
    {
        var student = Lwt(4, new DateOnly(2026, 10, 5));
        student.Routes.Insert(0, new RouteBesluit { Route = Leerroute.RegulierBb, StartDate = new DateOnly(2025, 8, 25), DecidedBy = "Mentor" });

        Assert.Single(new LwtBesluitOpTijd().Evaluate(A.Dossier(student, [A.Samenwerking()], A.Plaatsing(start: new DateOnly(2025, 9, 8))), Day));
    }

    [Fact]
    public void B3_Leerjaar3LwtStartedDuringTheYear_IsAllowedWithoutAdvice()
    {
        var student = Lwt(3, new DateOnly(2027, 2, 1));

        Assert.Empty(new LwtBesluitOpTijd().Evaluate(A.Dossier(student, [A.Samenwerking()]), new DateOnly(2027, 3, 1)));
    }
}
