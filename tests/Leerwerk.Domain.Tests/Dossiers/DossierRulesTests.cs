using Leerwerk.Domain.Controle;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Tests.Dossiers;

public sealed class DossierRulesTests
{
    private static readonly DateOnly On = new(2026, 11, 30);

    [Fact]
    public void Evaluate_LawfulDossier_FindsNoErrors()
    {
        var findings = DossierRules.Evaluate(A.Dossier(plaatsingen: A.Plaatsing()), On);

        Assert.DoesNotContain(findings, f => f.IsBlocking);
    }

    [Fact]
    public void Evaluate_EveryRuleId_IsInTheCatalogue()
    {
        Assert.All(DossierRules.All, rule => Assert.True(RuleCatalog.Contains(rule.Id), rule.Id));
    }

    [Theory]
    [InlineData(Leerweg.Bb, false)]
    [InlineData(Leerweg.Kb, true)]
    [InlineData(Leerweg.Tl, true)]
    public void A1_LwtOutsideBb_IsAnError(Leerweg leerweg, bool expected)
    {
        var findings = DossierRules.Evaluate(A.Dossier(A.Leerling(leerweg: leerweg)), On);

        Assert.Equal(expected, findings.Any(f => f.RuleId == "A1" && f.IsBlocking));
    }

    [Fact]
    public void A3_NoAgreement_IsAnErrorCitingTheCurrentArticle()
    {
        var finding = Assert.Single(DossierRules.Evaluate(A.Dossier(samenwerking: []), On), f => f.RuleId == "A3");

        Assert.True(finding.IsBlocking);
        Assert.StartsWith("WVO 2020 art. 2.104", finding.Citation.Text, StringComparison.Ordinal);
        Assert.Contains("Sanne de Vries", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A3_LeerjaarTwo_NeedsNoAgreementYet()
    {
        var findings = DossierRules.Evaluate(A.Dossier(A.Leerling(leerjaar: 2), samenwerking: []), On);

        Assert.DoesNotContain(findings, f => f.RuleId == "A3");
    }

    [Fact]
    public void A3_PartnerWithoutBasisberoepsopleiding_DoesNotCount()
    {
        var findings = DossierRules.Evaluate(A.Dossier(samenwerking: [A.Samenwerking(basisberoeps: false)]), On);

        Assert.Contains(findings, f => f.RuleId == "A3");
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, false)]  // the last day of the six months' notice: still in force
    [InlineData(1, true)]
    public void A3_AroundTheEndOfTheNoticePeriod(int daysAfterLastDay, bool expected)
    {
        var notice = new DateOnly(2026, 5, 30);
        var agreement = A.Samenwerking(noticeGivenOn: notice);
        var lastDay = notice.AddMonths(6).AddDays(-1);
        var date = lastDay.AddDays(daysAfterLastDay);

        // Before the end A3 only warns that it is coming (SamenwerkingEindigt); the error comes after the last day.
        var found = DossierRules.Evaluate(A.Dossier(samenwerking: [agreement]), date).Any(f => f.RuleId == "A3" && f.IsBlocking);

        Assert.Equal(expected, found);
    }

    [Fact]
    public void E6_ParentsHaveNotSigned_ForAMinor_IsAnError()
    {
        var plaatsing = A.Plaatsing(signers: [Partij.BevoegdGezag, Partij.Leerbedrijf, Partij.Leerling]);

        var finding = Assert.Single(DossierRules.Evaluate(A.Dossier(plaatsingen: plaatsing), On), f => f.RuleId == "E6");

        Assert.True(finding.IsBlocking);
        Assert.Contains("ouders", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, true)]  // signed the day before the 18th birthday: a minor, parents required
    [InlineData(0, false)]  // signed on the 18th birthday: of age, own signature suffices
    public void E6_EighteenthBirthday_DecidesWhoSigns(int daysFromBirthday, bool parentsRequired)
    {
        var birth = new DateOnly(2008, 9, 10);
        var signedOn = birth.AddYears(18).AddDays(daysFromBirthday);
        var plaatsing = A.Plaatsing(start: signedOn.AddDays(5), signedOn: signedOn, Partij.BevoegdGezag, Partij.Leerbedrijf, Partij.Leerling);

        var findings = DossierRules.Evaluate(A.Dossier(A.Leerling(birthDate: birth, leerjaar: 4), plaatsingen: plaatsing), signedOn.AddDays(10));

        Assert.Equal(parentsRequired, findings.Any(f => f.RuleId == "E6"));
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void E6_SignedAroundTheStartDate_IsAnErrorOnlyAfterTheStart(int daysAfterStart, bool expected)
    {
        var start = new DateOnly(2026, 9, 7);
        var plaatsing = A.Plaatsing(start: start, signedOn: start.AddDays(daysAfterStart));

        var findings = DossierRules.Evaluate(A.Dossier(plaatsingen: plaatsing), On);

        Assert.Equal(expected, findings.Any(f => f.RuleId == "E6"));
    }

    [Fact]
    public void E6_PlacementNotStartedYet_IsNotJudged()
    {
        var plaatsing = A.Plaatsing(start: On.AddDays(10), signers: [Partij.BevoegdGezag]);

        Assert.DoesNotContain(DossierRules.Evaluate(A.Dossier(plaatsingen: plaatsing), On), f => f.RuleId == "E6");
    }
}
