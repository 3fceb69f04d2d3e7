using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerbedrijven.Rules;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Tests.Leerbedrijven;

public sealed class LeerbedrijfRulesTests
{
    private static readonly DateOnly Granted = new(2020, 3, 1);

    [Theory]
    [InlineData(0, false)]
    [InlineData(1, true)]
    public void F1_AroundTheDueDate_WarnsFromTheDayAfter(int daysAfterDue, bool finding)
    {
        var bedrijf = Company(hostingUntil: new DateOnly(2025, 7, 1));
        bedrijf.Erkenningen[0].LastAssessedOn = new DateOnly(2022, 5, 10);

        var findings = new HerbeoordelingTeLaat().Evaluate(bedrijf, new DateOnly(2026, 5, 10).AddDays(daysAfterDue)).ToList();

        Assert.Equal(finding, findings.Count == 1);
        Assert.All(findings, f => Assert.Equal(("F1", Severity.Error), (f.RuleId, f.Severity)));
    }

    [Fact]
    public void F1_LapsedErkenning_IsLeftToF2()
    {
        Assert.Empty(new HerbeoordelingTeLaat().Evaluate(Company(hostingUntil: null), new DateOnly(2025, 1, 1)));
    }

    [Theory]
    [InlineData(-1, Severity.Warning)]
    [InlineData(0, Severity.Error)]
    public void F2_AroundTheLapse_WarnsBeforeAndErrsFromTheDay(int daysFromLapse, Severity severity)
    {
        var finding = Assert.Single(new ErkenningVervallen().Evaluate(Company(hostingUntil: new DateOnly(2021, 7, 9)), new DateOnly(2025, 7, 9).AddDays(daysFromLapse)));

        Assert.Equal(("F2", severity), (finding.RuleId, finding.Severity));
        Assert.Contains("9 juli 2025", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void F2_MoreThanSixMonthsBeforeTheLapse_FindsNothing()
    {
        Assert.Empty(new ErkenningVervallen().Evaluate(Company(hostingUntil: new DateOnly(2021, 7, 9)), new DateOnly(2025, 1, 8)));
    }

    [Fact]
    public void F2_InTheDossier_OnlyForTheCompanyOfACurrentPlacement()
    {
        var plaatsing = A.Plaatsing(start: new DateOnly(2026, 9, 7));
        plaatsing.Leerbedrijf!.Erkenningen = [A.Erkenning(grantedOn: new DateOnly(2021, 1, 1))];

        var finding = Assert.Single(new ErkenningVervallen().Evaluate(A.Dossier(plaatsingen: plaatsing), new DateOnly(2026, 11, 30)));

        Assert.Equal("Leerling 24001 (Sanne de Vries)", finding.Subject);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    public void E5_UsesTheF2Lapse_OnTheStartDate(int daysFromLapse, bool error)
    {
        var start = new DateOnly(2026, 9, 7);
        var plaatsing = A.Plaatsing(start);
        plaatsing.Leerbedrijf!.Erkenningen = [A.Erkenning(grantedOn: start.AddYears(-4).AddDays(-daysFromLapse))];

        Assert.Equal(error, new LwtErkenningVoorProfiel().Evaluate(A.Dossier(plaatsingen: plaatsing), start).Any());
    }

    [Fact]
    public void E5_OverdueAssessmentWithRecentHosting_IsNoError()
    {
        var start = new DateOnly(2026, 9, 7);
        var plaatsing = A.Plaatsing(start);
        plaatsing.Leerbedrijf!.Erkenningen = [A.Erkenning(grantedOn: new DateOnly(2018, 1, 1))];
        plaatsing.Leerbedrijf.LwtStageperioden = [new(new DateOnly(2020, 9, 1), new DateOnly(2026, 7, 10))];

        Assert.Empty(new LwtErkenningVoorProfiel().Evaluate(A.Dossier(plaatsingen: plaatsing), start));
    }

    private static Leerbedrijf Company(DateOnly? hostingUntil) => new()
    {
        SchoolId = 1,
        Name = "Zorgcentrum De Linde",
        KvkNumber = "30100000",
        Erkenningen = [A.Erkenning(grantedOn: Granted)],
        LwtStageperioden = hostingUntil is { } end ? [new(new DateOnly(2020, 9, 1), end)] : [],
    };
}
