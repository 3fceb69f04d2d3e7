using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerbedrijven.Rules;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Tests.Leerbedrijven;

/// <summary>F3 (UB 2.64 lid 1 a–k): per company, and in the dossier of a student whose stage runs there.</summary>
public sealed class KwaliteitseisenVoldaanTests
{
    private static readonly DateOnly Peildatum = new(2027, 3, 1);

    [Fact]
    public void Company_LatestAssessmentNotMet_IsAnErrorNamingTheCriterion_TheRestUnassessedAWarning()
    {
        var bedrijf = Bedrijf(("c", true, new DateOnly(2025, 3, 10)), ("c", false, new DateOnly(2027, 2, 15)));

        var findings = new KwaliteitseisenVoldaan().Evaluate(bedrijf, Peildatum).ToList();

        var error = Assert.Single(findings, f => f.Severity == Severity.Error);
        Assert.Contains("niet aan eis c", error.Message, StringComparison.Ordinal);
        Assert.Contains("15 februari 2027", error.Message, StringComparison.Ordinal);
        var warning = Assert.Single(findings, f => f.Severity == Severity.Warning);
        Assert.Contains("a, b, d, e, f, g, h, i, j, k", warning.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Company_AssessmentAfterThePeildatum_DoesNotCountYet()
    {
        var bedrijf = Bedrijf(("c", true, new DateOnly(2025, 3, 10)), ("c", false, Peildatum.AddDays(1)));

        Assert.DoesNotContain(new KwaliteitseisenVoldaan().Evaluate(bedrijf, Peildatum), f => f.Severity == Severity.Error);
    }

    [Fact]
    public void Dossier_CurrentPlacementAtACompanyFailingACriterion_IsAnErrorAboutTheStudent_WithoutTheRecordKeepingWarning()
    {
        var plaatsing = A.Plaatsing(start: new DateOnly(2026, 9, 7));
        plaatsing.Leerbedrijf = Bedrijf(("h", false, new DateOnly(2027, 1, 20)));
        var dossier = A.Dossier(plaatsingen: plaatsing);

        var finding = Assert.Single(new KwaliteitseisenVoldaan().Evaluate(dossier, Peildatum));

        Assert.Equal(("F3", RuleKind.Moet, Severity.Error), (finding.RuleId, finding.Kind, finding.Severity));
        Assert.Equal(dossier.Subject, finding.Subject);
        Assert.Contains("niet aan eis h", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(LeerwerkovereenkomstStatus.Beeindigd)]
    [InlineData(LeerwerkovereenkomstStatus.Vervangen)]
    public void Dossier_PlacementThatNoLongerRuns_IsNotJudged(LeerwerkovereenkomstStatus status)
    {
        var plaatsing = A.Plaatsing(start: new DateOnly(2026, 9, 7));
        Levensloop.Restore(plaatsing, status);
        plaatsing.Leerbedrijf = Bedrijf(("h", false, new DateOnly(2027, 1, 20)));

        Assert.Empty(new KwaliteitseisenVoldaan().Evaluate(A.Dossier(plaatsingen: plaatsing), Peildatum));
    }

    private static Leerbedrijf Bedrijf(params (string Letter, bool Met, DateOnly On)[] beoordelingen)
    {
        var bedrijf = new Leerbedrijf { SchoolId = 1, Name = "Zorgcentrum De Linde", KvkNumber = "30100000", Erkenningen = [A.Erkenning()] };
        bedrijf.Kwaliteitseisen.AddRange(beoordelingen.Select(b => new KwaliteitseisBeoordeling { Letter = b.Letter, IsMet = b.Met, AssessedOn = b.On, Source = "SBB-bezoek" }));
        return bedrijf;
    }
}
