using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Tests.Examens;

/// <summary>
/// More than four keuzevakken (UB 3.33 lid 3 with 3.35 lid 3 and 5; issue 15 item 3): all count, unless leaving out one
/// or more beyond the four makes the candidate pass; the lowest go first and four always stay. Worked cases per test.
/// </summary>
public sealed class BoventalligeKeuzevakkenTests
{
    private static Kandidaat Lwt(params int[] keuzevakken)
    {
        var kandidaat = A.Lwt().Without("keuzevak 1").Without("keuzevak 2").Without("keuzevak 3").Without("keuzevak 4");
        for (var i = 0; i < keuzevakken.Length; i++)
        {
            kandidaat = kandidaat.Plus(A.Vak($"keuzevak {i + 1}", VakSoort.Keuzevak, VakDeel.Vrij, keuzevakken[i]));
        }

        return kandidaat;
    }

    /// <summary>5 + 5 + 6 + 6 + 2 = 24, / 5 = 4,8 → 5: afgewezen. Without the 2: 22 / 4 = 5,5 → 6: geslaagd.</summary>
    [Fact]
    public void Bepaal_LwtPassesOnlyWithTheFifthLeftOut_LeavesItOutWithReasonAndCitation()
    {
        var uitslag = Lwt(5, 5, 2, 6, 6).Judge();

        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
        Assert.Equal(["keuzevak 3"], uitslag.LeftOut);
        Assert.Equal(6, uitslag.Combinatiecijfer);
        var reden = uitslag.Reason(UitslagRegels.BoventalligKeuzevak);
        Assert.True(reden.Met);
        Assert.Equal(Severity.Info, reden.Severity);
        Assert.Equal(
            "Keuzevak keuzevak 3 2 blijft buiten beschouwing: de kandidaat heeft meer dan vier keuzevakken en is zonder dit keuzevak geslaagd. "
            + "Het combinatiecijfer is het gemiddelde van de overige keuzevakken (ten minste vier); dit keuzevak staat niet op de cijferlijst.",
            reden.Message);
        Assert.Equal("Uitvoeringsbesluit WVO 2020 art. 3.33 lid 3 en art. 3.35 lid 3 en 5 (was Eindexamenbesluit VO art. 48 lid 3 en art. 49)", reden.Citation.Text);
        Assert.Contains("D6", uitslag.Redenen.Where(r => r.Met).Select(r => r.RuleId));
    }

    /// <summary>6 + 6 + 7 + 6 + 8 = 33, / 5 = 6,6 → 7: every keuzevak counts, nothing is left out.</summary>
    [Fact]
    public void Bepaal_PassesWithAllFive_NothingLeftOutAndTheCombinatiecijferOfAllFive()
    {
        var uitslag = Lwt(6, 6, 7, 6, 8).Judge();

        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
        Assert.Empty(uitslag.LeftOut);
        Assert.Equal(7, uitslag.Combinatiecijfer);
        Assert.DoesNotContain(uitslag.Redenen, r => r.RuleId == UitslagRegels.BoventalligKeuzevak);
    }

    /// <summary>4 + 4 + 5 + 5 + 3 = 21, / 5 = 4,2 → 4; without the 3: 18 / 4 = 4,5 → 5. Afgewezen either way, all five stay.</summary>
    [Fact]
    public void Bepaal_FailsEitherWay_AfgewezenWithAllFiveCounted()
    {
        var uitslag = Lwt(4, 4, 5, 5, 3).Judge();

        Assert.Equal(UitslagStatus.Afgewezen, uitslag.Status);
        Assert.Empty(uitslag.LeftOut);
        Assert.Equal(4, uitslag.Combinatiecijfer);
        Assert.Contains("gemiddelde van 5 keuzevakken", uitslag.Reason("D6").Message, StringComparison.Ordinal);
    }

    /// <summary>3 + 6 + 6 + 6 = 21, / 4 = 5,25 → 5: with exactly four none may go, so afgewezen.</summary>
    [Fact]
    public void Bepaal_ExactlyFour_NoneLeftOut()
    {
        var uitslag = Lwt(3, 6, 6, 6).Judge();

        Assert.Equal(UitslagStatus.Afgewezen, uitslag.Status);
        Assert.Empty(uitslag.LeftOut);
        Assert.Equal(5, uitslag.Combinatiecijfer);
    }

    /// <summary>6 + 6 + 6 + 5 + 2 + 2 = 27, / 6 = 4,5 → 5; one 2 out: 25 / 5 = 5; both out: 23 / 4 = 5,75 → 6.</summary>
    [Fact]
    public void Bepaal_SixKeuzevakkenPassingOnlyWithTwoLeftOut_LeavesOutBothAndKeepsFour()
    {
        var uitslag = Lwt(6, 2, 6, 5, 6, 2).Judge();

        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
        Assert.Equal(["keuzevak 2", "keuzevak 6"], uitslag.LeftOut);
        Assert.Equal(6, uitslag.Combinatiecijfer);
        Assert.StartsWith("Keuzevak keuzevak 2 2, keuzevak 6 2 blijven buiten beschouwing", uitslag.Reason(UitslagRegels.BoventalligKeuzevak).Message, StringComparison.Ordinal);
    }

    /// <summary>6 + 6 + 6 + 6 + 5 + 1 = 30, / 6 = 5; without the 1: 29 / 5 = 5,8 → 6. One is enough, so the 5 stays.</summary>
    [Fact]
    public void Bepaal_SixKeuzevakkenPassingWithOneLeftOut_LeavesOutOnlyTheLowest()
    {
        var uitslag = Lwt(6, 5, 6, 1, 6, 6).Judge();

        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
        Assert.Equal(["keuzevak 4"], uitslag.LeftOut);
        Assert.Equal(6, uitslag.Combinatiecijfer);
    }

    /// <summary>
    /// 6 + 6 + 6 + 6 + 4 + 4 = 32, / 6 = 5,33 → 5; without one 4: 28 / 5 = 5,6 → 6. Two equal lowest grades: the first by
    /// name goes (ordinal), whatever the order in the file.
    /// </summary>
    [Fact]
    public void Bepaal_TwoEqualLowest_TheFirstByNameIsLeftOut()
    {
        var uitslag = Lwt(6, 6, 6, 6, 4).Plus(A.Vak("keuzevak 0", VakSoort.Keuzevak, VakDeel.Vrij, 4m)).Judge();

        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
        Assert.Equal(["keuzevak 0"], uitslag.LeftOut);
    }

    /// <summary>BB: a fifth keuzevak with a 3 fails sub d (D7); left out, the BB candidate passes.</summary>
    [Fact]
    public void Bepaal_BbFifthKeuzevakBelowFour_LeftOutAndGeslaagd()
    {
        var uitslag = A.Bb().Plus(A.Vak("keuzevak 5", VakSoort.Keuzevak, VakDeel.Vrij, 3m)).Judge();

        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
        Assert.Equal(["keuzevak 5"], uitslag.LeftOut);
        Assert.True(uitslag.Reason("D7").Met);
        Assert.True(uitslag.Reason(UitslagRegels.BoventalligKeuzevak).Met);
    }

    /// <summary>An extra subject and a surplus keuzevak: within one size, what the school marked extra is tried first.</summary>
    [Fact]
    public void Bepaal_ExtraSubjectAndSurplusKeuzevakEitherPasses_TheExtraSubjectIsLeftOut()
    {
        var uitslag = Lwt(6, 6, 6, 6, 4).Plus(A.Vak("keuzevak extra", VakSoort.Keuzevak, VakDeel.Extra, 4m)).Judge();

        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
        Assert.Equal(["keuzevak extra"], uitslag.LeftOut);
        Assert.True(uitslag.Reason(UitslagRegels.ExtraWeggelaten).Met);
        Assert.DoesNotContain(uitslag.Redenen, r => r.RuleId == UitslagRegels.BoventalligKeuzevak);
    }

    /// <summary>Both an extra subject and a surplus keuzevak must go: 5 + 5 + 2 + 6 + 6 + 1 = 25 / 6 → 4; both out: 22 / 4 → 6.</summary>
    [Fact]
    public void Bepaal_ExtraSubjectAndSurplusKeuzevakBothNeeded_BothLeftOutEachWithItsReason()
    {
        var uitslag = Lwt(5, 5, 2, 6, 6).Plus(A.Vak("keuzevak extra", VakSoort.Keuzevak, VakDeel.Extra, 1m)).Judge();

        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
        Assert.Equal(["keuzevak extra", "keuzevak 3"], uitslag.LeftOut);
        Assert.True(uitslag.Reason(UitslagRegels.ExtraWeggelaten).Met);
        Assert.True(uitslag.Reason(UitslagRegels.BoventalligKeuzevak).Met);
    }
}
