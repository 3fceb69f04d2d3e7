using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Examens.Rules;

namespace Leerwerk.Domain.Tests.Dossiers;

public sealed class UitslagVoorwaardenTests
{
    private static readonly DateOnly On = new(2027, 6, 20);
    private readonly UitslagVoorwaarden _rule = new();

    [Fact]
    public void Evaluate_PassingLeerjaarFour_FindsNothing()
    {
        Assert.Empty(_rule.Evaluate(A.Dossier(A.Leerling(leerjaar: 4)), On));
    }

    [Theory]
    [InlineData(5.4, "D4")]
    [InlineData(5.5, null)]
    public void Evaluate_NederlandsBelowSix_IsD4(double ce, string? ruleId)
    {
        var student = A.Leerling(leerjaar: 4);
        var nederlands = student.Vakken.Single(v => v.Soort == VakSoort.Nederlands);
        nederlands.Se = 5.5m;
        nederlands.Ce = (decimal)ce;

        var findings = _rule.Evaluate(A.Dossier(student), On).ToList();

        Assert.Equal(ruleId, findings.FirstOrDefault(f => f.IsBlocking)?.RuleId);
        if (ruleId is not null)
        {
            Assert.Contains("3.35", findings[0].Citation.Text, StringComparison.Ordinal);
            Assert.Contains("Sanne de Vries", findings[0].Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Evaluate_ProfielvakBelowSix_IsD5()
    {
        var student = A.Leerling(leerjaar: 4);
        student.Vakken.Single(v => v.Soort == VakSoort.Profielvak).Ce = 4.0m;

        Assert.Contains(_rule.Evaluate(A.Dossier(student), On), f => f.RuleId == "D5" && f.IsBlocking);
    }

    [Fact]
    public void Evaluate_KeuzevakBelowFour_IsTheD7LwtWarningNotAnError()
    {
        var student = A.Leerling(leerjaar: 4);
        var keuzevakken = student.Vakken.Where(v => v.Soort == VakSoort.Keuzevak).ToList();
        keuzevakken[0].Se = 3m;
        keuzevakken[1].Se = 9m;

        var findings = _rule.Evaluate(A.Dossier(student), On).ToList();

        Assert.Contains(findings, f => f.RuleId == UitslagRegels.KeuzevakLwt && !f.IsBlocking);
        Assert.DoesNotContain(findings, f => f.IsBlocking);
    }

    [Theory]
    [InlineData(3)]
    [InlineData(4)]
    public void Evaluate_GradesMissingOrLeerjaarThree_NothingYet(int leerjaar)
    {
        var student = A.Leerling(leerjaar: leerjaar);
        student.Vakken.Single(v => v.Soort == VakSoort.Nederlands).Ce = leerjaar == 4 ? null : 2m;

        Assert.Empty(_rule.Evaluate(A.Dossier(student), On));
    }
}
