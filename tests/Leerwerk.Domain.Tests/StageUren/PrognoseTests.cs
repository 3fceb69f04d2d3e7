using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren.Prognose;
using Leerwerk.Domain.StageUren.Rules;
using Leerwerk.Domain.Tests.Kalender;

namespace Leerwerk.Domain.Tests.StageUren;

public sealed class PrognoseTests
{
    private static Dossier WithKalender(Dossier dossier, params Schoolkalender[] kalenders) => new()
    {
        Leerling = dossier.Leerling,
        Samenwerkingsovereenkomsten = dossier.Samenwerkingsovereenkomsten,
        Plaatsingen = dossier.Plaatsingen,
        Uren = dossier.Uren,
        Kalender = new Schooldagen(kalenders),
        Beleid = dossier.Beleid,
    };

    private static Leerwerkovereenkomst Plaatsing(DateOnly start, decimal monday, decimal tuesday = 0m)
    {
        var plaatsing = A.Plaatsing(start);
        plaatsing.EndDate = new DateOnly(2027, 7, 1);
        plaatsing.Rooster = new Rooster { Monday = monday, Tuesday = tuesday };
        return plaatsing;
    }

    [Fact]
    public void Bereken_CountsPlannedHoursOnOpenDaysUntilTheExamPeriod()
    {
        // Leerjaar 4 in 2026-2027; from Monday 1 March 2027 to 1 April: Mondays 1, 8, 15, 22, 29 March; 29 March is 2e Paasdag.
        var dossier = WithKalender(A.Dossier(A.Leerling(leerjaar: 4), plaatsingen: Plaatsing(new DateOnly(2026, 9, 7), 8m)), SchooldagenTests.Kalender2026());

        var prognose = StageUrenPrognose.Bereken(dossier, new DateOnly(2027, 2, 28));

        Assert.Equal(new DateOnly(2027, 4, 1), prognose.Horizon);
        Assert.Equal(4, prognose.GeplandeDagen.Count);
        Assert.Equal(32m, prognose.GeplandeUren);
        Assert.Equal(5, prognose.SchoolwekenOver);
        Assert.True(prognose.KalenderCompleet);
    }

    [Fact]
    public void Bereken_HolidaysAreNotPlanned()
    {
        var dossier = WithKalender(A.Dossier(A.Leerling(leerjaar: 4), plaatsingen: Plaatsing(new DateOnly(2026, 9, 7), 8m)), SchooldagenTests.Kalender2026());

        var prognose = StageUrenPrognose.Bereken(dossier, new DateOnly(2026, 10, 11));

        Assert.DoesNotContain(prognose.GeplandeDagen, d => d.Date == new DateOnly(2026, 10, 19));
        Assert.Contains(prognose.GeplandeDagen, d => d.Date == new DateOnly(2026, 10, 12));
    }

    [Fact]
    public void Bereken_GapGivesExtraHoursAndDaysPerWeekRoundedAwayFromZero()
    {
        var dossier = WithKalender(A.Dossier(A.Leerling(leerjaar: 4), plaatsingen: Plaatsing(new DateOnly(2026, 9, 7), 8m)), SchooldagenTests.Kalender2026())
            .WithUren(A.Uren(480m, 60));

        var prognose = StageUrenPrognose.Bereken(dossier, new DateOnly(2027, 2, 28));

        // 480 + 32 = 512 hours in 64 days: 128 hours and 16 days short over 5 weeks.
        Assert.Equal(128m, prognose.UrenTekort);
        Assert.Equal(16, prognose.DagenTekort);
        Assert.Equal(25.6m, prognose.ExtraUrenPerWeek);
        Assert.Equal(3.2m, prognose.ExtraDagenPerWeek);
        Assert.True(prognose.OpRisico);
        Assert.Contains("128 uur en 16 dagen", StageUrenPrognose.Zin(prognose, "Sanne"), StringComparison.Ordinal);
        Assert.Contains("25,6 uur en 3,2 dag per week extra in de 5 schoolweken", StageUrenPrognose.Zin(prognose, "Sanne"), StringComparison.Ordinal);
    }

    [Fact]
    public void Bereken_MidpointRoundsAwayFromZero()
    {
        // 10 hours short over 4 weeks = 2,5 exactly → one decimal: 2,5; 1 day over 4 weeks = 0,25 → 0,3.
        var prognose = new UrenPrognose
        {
            Vanaf = new DateOnly(2027, 3, 1),
            Horizon = new DateOnly(2027, 4, 1),
            GeteldeUren = 630m,
            GeteldeDagen = 79,
            GeplandeDagen = [],
            SchoolwekenOver = 4,
            KalenderCompleet = true,
        };

        Assert.Equal(2.5m, prognose.ExtraUrenPerWeek);
        Assert.Equal(0.3m, prognose.ExtraDagenPerWeek);
    }

    [Fact]
    public void Bereken_NoWeeksLeft_SaysSo()
    {
        var dossier = WithKalender(A.Dossier(A.Leerling(leerjaar: 4), plaatsingen: Plaatsing(new DateOnly(2026, 9, 7), 8m)), SchooldagenTests.Kalender2026());

        var prognose = StageUrenPrognose.Bereken(dossier, new DateOnly(2027, 4, 2));

        Assert.Null(prognose.ExtraUrenPerWeek);
        Assert.Contains("geen schoolweken meer over", StageUrenPrognose.Zin(prognose, "Sanne"), StringComparison.Ordinal);
    }

    [Fact]
    public void Bereken_WithoutCalendar_IsMarkedIncomplete()
    {
        var dossier = A.Dossier(A.Leerling(leerjaar: 3), plaatsingen: Plaatsing(new DateOnly(2026, 9, 7), 8m));

        var prognose = StageUrenPrognose.Bereken(dossier, new DateOnly(2026, 11, 30));

        Assert.False(prognose.KalenderCompleet);
        Assert.Equal(new DateOnly(2028, 4, 1), prognose.Horizon);
    }

    [Fact]
    public void Startcheck_TwoDaysAWeekFromSeptemberOfLeerjaar3_Reaches640()
    {
        var plaatsing = Plaatsing(new DateOnly(2026, 9, 7), 8m, 8m);
        plaatsing.EndDate = new DateOnly(2028, 7, 1);
        var dossier = WithKalender(A.Dossier(A.Leerling(leerjaar: 3), plaatsingen: plaatsing), SchooldagenTests.Kalender2026());

        Assert.Empty(new RuimteVoorMinimumBijStart().Evaluate(dossier, new DateOnly(2026, 9, 1)));
    }

    [Fact]
    public void Startcheck_TwoDaysAWeekFromJanuaryOfLeerjaar4_IsAB2Error()
    {
        var plaatsing = Plaatsing(new DateOnly(2027, 1, 4), 8m, 8m);
        var dossier = WithKalender(A.Dossier(A.Leerling(leerjaar: 4), plaatsingen: plaatsing), SchooldagenTests.Kalender2026());

        var finding = Assert.Single(new RuimteVoorMinimumBijStart().Evaluate(dossier, new DateOnly(2026, 12, 1)));

        Assert.Equal("B2", finding.RuleId);
        Assert.True(finding.IsBlocking);
        Assert.Contains("4 januari 2027 met 16 uur per week (2 dagen)", finding.Message, StringComparison.Ordinal);
        Assert.Contains("2.38", finding.Citation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Startcheck_BoundaryExactly640In80Days_IsFine_OneDayLess_IsAnError()
    {
        // Without a calendar: 8 hours every Monday; count open Mondays from the start until 1 April 2027.
        var dossier = A.Dossier(A.Leerling(leerjaar: 4), plaatsingen: Plaatsing(new DateOnly(2026, 9, 7), 8m));
        var check = StageUrenPrognose.Startcheck(dossier, dossier.Plaatsingen[0], new DateOnly(2026, 9, 1));
        var shortBy = 80 - check.PrognoseDagen;
        var uren = A.Uren(8m * shortBy, shortBy);
        foreach (var u in uren)
        {
            u.Date = u.Date.AddYears(-1);
            u.LeerwerkovereenkomstId = 2;
        }

        var earlier = A.Plaatsing(new DateOnly(2025, 9, 1));
        earlier.Id = 2;
        Levensloop.Restore(earlier, LeerwerkovereenkomstStatus.Beeindigd);
        var exact = A.Dossier(A.Leerling(leerjaar: 4), plaatsingen: [dossier.Plaatsingen[0], earlier]).WithUren(uren);
        var oneLess = A.Dossier(A.Leerling(leerjaar: 4), plaatsingen: [dossier.Plaatsingen[0], earlier]).WithUren(uren[1..]);

        var exactCheck = StageUrenPrognose.Startcheck(exact, exact.Plaatsingen[0], new DateOnly(2026, 9, 1));
        Assert.Equal(640m, exactCheck.PrognoseUren);
        Assert.Equal(80, exactCheck.PrognoseDagen);
        Assert.Empty(new RuimteVoorMinimumBijStart().Evaluate(exact, new DateOnly(2026, 9, 1)));
        Assert.Contains(new RuimteVoorMinimumBijStart().Evaluate(oneLess, new DateOnly(2026, 9, 1)), f => f.RuleId == "B2");
    }
}
