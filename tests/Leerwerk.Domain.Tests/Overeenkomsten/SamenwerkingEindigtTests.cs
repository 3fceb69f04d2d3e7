using Leerwerk.Domain.Overeenkomsten.Rules;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Tests.Overeenkomsten;

public sealed class SamenwerkingEindigtTests
{
    private static readonly DateOnly On = new(2026, 11, 30);
    private readonly SamenwerkingEindigt _rule = new();

    [Fact]
    public void Evaluate_NoticeGiven_WarnsWithTheLastDay()
    {
        var dossier = A.Dossier(samenwerking: [A.Samenwerking(noticeGivenOn: new DateOnly(2026, 10, 1))]);

        var finding = Assert.Single(_rule.Evaluate(dossier, On));

        Assert.Equal(("A3", Severity.Warning), (finding.RuleId, finding.Severity));
        Assert.Contains("opgezegd", finding.Message, StringComparison.Ordinal);
        Assert.Contains("31 maart 2027", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    public void Evaluate_ExplicitEnd_WarnsWithinSixMonths(int daysFromSixMonths, bool finding)
    {
        var agreement = A.Samenwerking();
        agreement.EndDate = On.AddMonths(6).AddDays(daysFromSixMonths);

        Assert.Equal(finding, _rule.Evaluate(A.Dossier(samenwerking: [agreement]), On).Any());
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void Evaluate_AroundTheEndOfTheNoticePeriod_WarnsUntilTheLastDayThenA3Takes(int daysAfterLastDay, bool warning)
    {
        var agreement = A.Samenwerking(noticeGivenOn: new DateOnly(2026, 6, 1));
        var date = new DateOnly(2026, 11, 30).AddDays(daysAfterLastDay);
        var dossier = A.Dossier(samenwerking: [agreement]);

        Assert.Equal(warning, _rule.Evaluate(dossier, date).Any());
        Assert.Equal(!warning, new SamenwerkingsovereenkomstInForce().Evaluate(dossier, date).Any());
    }

    [Fact]
    public void Evaluate_ImmediateEndOnBankruptcy_EndsTheDayBefore()
    {
        var agreement = A.Samenwerking();
        agreement.EndedOn = new DateOnly(2026, 12, 15);
        agreement.EndReason = "Faillissement van de mbo-instelling";

        Assert.Contains("14 december 2026", Assert.Single(_rule.Evaluate(A.Dossier(samenwerking: [agreement]), On)).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_AnotherAgreementTakesOver_FindsNothing()
    {
        var ending = A.Samenwerking(noticeGivenOn: new DateOnly(2026, 10, 1));
        var next = A.Samenwerking(start: new DateOnly(2027, 1, 1));

        Assert.Empty(_rule.Evaluate(A.Dossier(samenwerking: [ending, next]), On));
    }
}
