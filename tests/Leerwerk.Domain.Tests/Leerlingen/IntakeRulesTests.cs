using Leerwerk.Domain.Controle;
using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Leerlingen.Intakes;
using Leerwerk.Domain.Leerlingen.Intakes.Rules;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Tests.Leerlingen;

public sealed class IntakeRulesTests
{
    private static readonly DateOnly Day = new(2026, 11, 30);

    private static Intake Complete() => new()
    {
        SignaleringDate = new DateOnly(2025, 12, 19),
        SignaleringDoor = "mentor",
        AanmeldingDate = new DateOnly(2026, 3, 20),
        BriefOndertekend = true,
        VoorlichtingDate = new DateOnly(2026, 4, 2),
        IntakegesprekDate = new DateOnly(2026, 4, 15),
        MentorgesprekDate = new DateOnly(2026, 4, 20),
        BesluitDate = new DateOnly(2026, 5, 12),
        Besluit = IntakeBesluit.Toegelaten,
    };

    [Fact]
    public void B7_LwtStudentWithoutIntake_WarnsPerStep()
    {
        var findings = new IntakeStappen().Evaluate(A.Dossier(), Day).ToList();

        Assert.Equal(5, findings.Count);
        Assert.All(findings, f => Assert.Equal(("B7", RuleKind.Advies, Severity.Warning), (f.RuleId, f.Kind, f.Severity)));
        Assert.Contains(findings, f => f.Message.Contains("geen intakegesprek vastgelegd", StringComparison.Ordinal));
    }

    [Fact]
    public void B7_SwitchedOffStep_IsNotAskedFor()
    {
        var student = A.Leerling();
        student.Intake = Complete();
        student.Intake.VoorlichtingDate = null;
        var settings = new IntakeInstellingen();
        settings.Set(IntakeStap.Voorlichting, used: false);

        Assert.Single(new IntakeStappen().Evaluate(A.Dossier(student), Day));
        Assert.Empty(new IntakeStappen().Evaluate(new Dossier { Leerling = student, IntakeInstellingen = settings }, Day));
    }

    [Fact]
    public void B7_BeforeTheRouteStart_IsNotJudged()
    {
        Assert.Empty(new IntakeStappen().Evaluate(A.Dossier(), A.SchoolYearStart.AddDays(-1)));
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(3, 5)]
    public void B7_BeoogdWithoutRoute_IsJudgedFromLeerjaar3(int leerjaar, int warnings)
    {
        var student = A.Leerling(leerjaar: leerjaar);
        student.Routes.Clear();
        student.LwtBeoogd = true;

        Assert.Equal(warnings, new IntakeStappen().Evaluate(A.Dossier(student), Day).Count());
    }

    [Fact]
    public void B7_RegularStudent_IsNotJudged()
    {
        var student = A.Leerling();
        student.Routes.Clear();

        Assert.DoesNotContain(DossierRules.Evaluate(A.Dossier(student), Day), f => f.RuleId is "B7" or "B8");
    }

    [Fact]
    public void B8_NoDecision_IsAnAdviesWarning()
    {
        var student = A.Leerling();
        student.Intake = Complete();
        student.Intake.Besluit = null;

        var finding = Assert.Single(new ToelatingscommissieBesluit().Evaluate(A.Dossier(student), Day));
        Assert.Equal(("B8", RuleKind.Advies, Severity.Warning), (finding.RuleId, finding.Kind, finding.Severity));
        Assert.Contains("toelatingscommissie", finding.Message, StringComparison.Ordinal);
        Assert.Contains("bijlage 02", finding.Citation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void B8_Refused_IsShownWithTheAlternativeAndReason()
    {
        var student = A.Leerling();
        student.Routes.Clear();
        student.Intake = Complete();
        student.Intake.Besluit = IntakeBesluit.Afgewezen;
        student.Intake.Alternatief = IntakeAlternatief.Praktijkonderwijs;
        student.Intake.BesluitReden = "Nog niet stagevaardig";

        var finding = Assert.Single(new ToelatingscommissieBesluit().Evaluate(A.Dossier(student), Day));
        Assert.Contains("afgewezen", finding.Message, StringComparison.Ordinal);
        Assert.Contains("praktijkonderwijs", finding.Message, StringComparison.Ordinal);
        Assert.Contains("Nog niet stagevaardig", finding.Message, StringComparison.Ordinal);
        Assert.Contains("12 mei 2026", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CompleteAdmittedIntake_HasNoIntakeFindings()
    {
        var student = A.Leerling();
        student.Intake = Complete();

        Assert.DoesNotContain(DossierRules.Evaluate(A.Dossier(student), Day), f => f.RuleId is "B7" or "B8");
    }

    [Fact]
    public void B7B8_ArePartOfTheOneDossierEvaluation()
    {
        var findings = DossierRules.Evaluate(A.Dossier(), Day);

        Assert.Contains(findings, f => f.RuleId == "B7");
        Assert.Contains(findings, f => f.RuleId == "B8");
    }

    [Theory]
    [InlineData("%PDF-1.7", true)]
    [InlineData("PK\u0003\u0004", false)]
    [InlineData("%PD", false)]
    public void IsPdf_ChecksTheFirstBytes(string start, bool pdf)
    {
        Assert.Equal(pdf, Intake.IsPdf(System.Text.Encoding.ASCII.GetBytes(start)));
    }
}
