using Leerwerk.Domain.Controle;
using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Rules;
using Leerwerk.Domain.StageUren.Rules;
using Leerwerk.Domain.Tests.Kalender;

namespace Leerwerk.Domain.Tests.StageUren;

public sealed class SchoolweekEnBeleidTests
{
    private static readonly DateOnly Monday = new(2026, 11, 23);

    private static Dossier Dossier(string klas, StageurenBeleid? beleid, params DateOnly[] stagedagen) => Dossier(4, klas, beleid, stagedagen);

    private static Dossier Dossier(int leerjaar, string klas, StageurenBeleid? beleid, params DateOnly[] stagedagen)
    {
        var leerling = A.Leerling(leerjaar: leerjaar);
        leerling.ClassName = klas;
        var plaatsing = A.Plaatsing(new DateOnly(2026, 9, 7));
        return new Dossier
        {
            Leerling = leerling,
            Plaatsingen = [plaatsing],
            Uren = [.. stagedagen.Select(d => A.Uur(d))],
            Kalender = new Schooldagen([SchooldagenTests.Kalender2026()]),
            Beleid = beleid ?? StageurenBeleid.Standaard,
        }.WithIds();
    }

    [Fact]
    public void C11_StageOnEverySchoolDayOfTheWeek_IsAnError()
    {
        var days = Enumerable.Range(0, 5).Select(Monday.AddDays).ToArray();

        var finding = Assert.Single(new LesOpSchoolElkeWeek().Evaluate(Dossier("4A", null, days), Monday));

        Assert.Equal("C11", finding.RuleId);
        Assert.True(finding.IsBlocking);
        Assert.Contains("week 48 (23 november 2026)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("2.103", finding.Citation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void C11_OneSchoolDayWithoutStage_IsFine()
    {
        var days = Enumerable.Range(0, 4).Select(Monday.AddDays).ToArray();

        Assert.Empty(new LesOpSchoolElkeWeek().Evaluate(Dossier("4A", null, days), Monday));
    }

    [Fact]
    public void C11_FreeDayCountsAsNoSchoolDay()
    {
        // Friday 20 November 2026 is a study day: stage Monday to Thursday fills every school day of week 47.
        var week47 = Monday.AddDays(-7);
        var days = Enumerable.Range(0, 4).Select(week47.AddDays).ToArray();

        Assert.Single(new LesOpSchoolElkeWeek().Evaluate(Dossier("4A", null, days), Monday));
    }

    [Fact]
    public void C11_ClassWithLessonsMondayToWednesday_StageOnThoseDays_IsAnError()
    {
        var days = Enumerable.Range(0, 3).Select(Monday.AddDays).ToArray();

        Assert.Single(new LesOpSchoolElkeWeek().Evaluate(Dossier("4B", null, days), Monday));
        Assert.Empty(new LesOpSchoolElkeWeek().Evaluate(Dossier("4A", null, days), Monday));
    }

    [Fact]
    public void C11_WithoutCalendar_IsNotJudged()
    {
        var dossier = Dossier("4A", null, [.. Enumerable.Range(0, 5).Select(Monday.AddDays)]);

        Assert.Empty(new LesOpSchoolElkeWeek().Evaluate(new Dossier { Leerling = dossier.Leerling, Plaatsingen = dossier.Plaatsingen, Uren = dossier.Uren }, Monday));
    }

    [Fact]
    public void E3_BelowPolicy_IsAnAdviesHint()
    {
        var finding = Assert.Single(new StageUrenPerSchooljaar().Evaluate(Dossier(3, "3A", null, Monday), Monday));

        Assert.Equal("E3", finding.RuleId);
        Assert.Equal(RuleKind.Advies, finding.Kind);
        Assert.False(finding.IsBlocking);
        Assert.Contains("640 uur per schooljaar", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void E3_PolicyOff_SaysNothing_LowerPolicyMet_SaysNothing()
    {
        Assert.Empty(new StageUrenPerSchooljaar().Evaluate(Dossier("4A", new StageurenBeleid { UrenPerSchooljaar = null }, Monday), Monday));
        Assert.Empty(new StageUrenPerSchooljaar().Evaluate(Dossier(3, "3A", new StageurenBeleid { UrenPerSchooljaar = 8m }, Monday), Monday));
    }

    [Fact]
    public void E3_LeerjaarFour_AlsoLooksBackAtLeerjaarThree()
    {
        var findings = new StageUrenPerSchooljaar().Evaluate(Dossier("4A", new StageurenBeleid { UrenPerSchooljaar = 8m }, Monday), Monday).ToList();

        var finding = Assert.Single(findings);
        Assert.Contains("schooljaar 2025-2026 (leerjaar 3) 0 meetellende stage-uren", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void DossierRules_IncludeTheNewRules()
    {
        var ids = DossierRules.All.Select(r => r.Id).ToList();

        Assert.Contains("C11", ids);
        Assert.Contains("E3", ids);
        Assert.Contains("E4", ids);
        Assert.Contains("B2", ids);
    }
}
