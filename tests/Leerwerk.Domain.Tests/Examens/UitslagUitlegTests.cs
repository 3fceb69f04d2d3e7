using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Tests.Examens;

/// <summary>Issue 20: explanations that say exactly what is wrong, and a warning only where a point of doubt applies.</summary>
public sealed class UitslagUitlegTests
{
    [Fact]
    public void Bepaal_LwtEveryKeuzevakFourOrMore_D7LwtIsMetAndInfo()
    {
        var reden = A.Lwt().Judge().Reason(UitslagRegels.KeuzevakLwt);

        Assert.True(reden.Met);
        Assert.Equal(Severity.Info, reden.Severity);
        Assert.Equal(RuleKind.Advies, reden.Kind);
    }

    [Fact]
    public void Bepaal_LwtKeuzevakBelowFour_D7LwtWarningNamesIt()
    {
        var reden = A.Lwt().Grades("keuzevak 2", 3m).Grades("keuzevak 3", 9m).Judge().Reason(UitslagRegels.KeuzevakLwt);

        Assert.False(reden.Met);
        Assert.Equal(Severity.Warning, reden.Severity);
        Assert.Contains("keuzevak 2 3", reden.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bepaal_LwtFourthKeuzevakMarkedExtra_OnvolledigNamingTheExtraOne()
    {
        var uitslag = A.Lwt().With("keuzevak 4", v => v with { Deel = VakDeel.Extra }).Judge();

        Assert.Equal(UitslagStatus.Onvolledig, uitslag.Status);
        Assert.Equal(
            "Voor het LWT-examen (Nederlands, profielvak en vier keuzevakken) ontbreekt: één van de vier keuzevakken "
                + "(aanwezig: keuzevak 1, keuzevak 2, keuzevak 3; keuzevak 4 is als extra vak opgegeven; een LWT omvat vier keuzevakken). "
                + "Het examen is onvolledig.",
            uitslag.Reason("D1").Message);
    }

    [Fact]
    public void Bepaal_LwtOneGeneralSubjectPresentAndOneExtra_D8NamesBoth()
    {
        var kandidaat = A.Lwt()
            .Plus(A.Vak("biologie", VakSoort.Avo, VakDeel.Profieldeel, 6.0m, 6.0m))
            .Plus(A.Vak("wiskunde", VakSoort.Wiskunde, VakDeel.Extra, 6.0m, 6.0m));

        var reden = kandidaat.Judge().Reason("D8");

        Assert.False(reden.Met);
        Assert.Equal(Severity.Info, reden.Severity);
        Assert.Contains(
            "één van de twee algemene vakken in het profieldeel (aanwezig: biologie; wiskunde is als extra vak opgegeven; "
                + "een volledig bb-eindexamen omvat twee algemene vakken in het profieldeel)",
            reden.Message,
            StringComparison.Ordinal);
        Assert.DoesNotContain("ontbreekt: twee algemene vakken", reden.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("nederlands", "Nederlands (nederlands is als extra vak opgegeven)")]
    [InlineData("engels", "Engels (engels is als extra vak opgegeven)")]
    [InlineData("profielvak", "het profielvak (profielvak is als extra vak opgegeven)")]
    [InlineData("keuzevak 3", "één van de vier keuzevakken (aanwezig: keuzevak 1, keuzevak 2, keuzevak 4; keuzevak 3 is als extra vak opgegeven; een volledig bb-eindexamen omvat vier keuzevakken)")]
    [InlineData("wiskunde", "één van de twee algemene vakken in het profieldeel (aanwezig: biologie; wiskunde is als extra vak opgegeven; een volledig bb-eindexamen omvat twee algemene vakken in het profieldeel)")]
    public void Bepaal_BbSubjectMarkedExtra_PakketReasonNamesWhatIsMarkedOtherwise(string vak, string ontbreekt)
    {
        var reden = A.Bb().With(vak, v => v with { Deel = VakDeel.Extra }).Judge().Reason(UitslagRegels.PakketBb);

        Assert.False(reden.Met);
        Assert.Equal($"Voor een volledig bb-eindexamen ontbreekt: {ontbreekt}. Het examen is onvolledig.", reden.Message);
    }

    [Fact]
    public void Bepaal_BbGeneralSubjectInTheVrijeDeel_PakketReasonSaysWhereItIs()
    {
        var reden = A.Bb().With("biologie", v => v with { Deel = VakDeel.Vrij }).Judge().Reason(UitslagRegels.PakketBb);

        Assert.Contains("(aanwezig: wiskunde; biologie is opgegeven in het vrije deel; een volledig bb-eindexamen omvat twee algemene vakken in het profieldeel)",
            reden.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bepaal_NothingPresentOrMarkedOtherwise_PlainSharedText()
    {
        var kandidaat = A.Lwt().Without("keuzevak 1").Without("keuzevak 2").Without("keuzevak 3").Without("keuzevak 4");

        var eerste = kandidaat.Judge().Reason("D1");

        Assert.Equal("Voor het LWT-examen (Nederlands, profielvak en vier keuzevakken) ontbreekt: vier keuzevakken. Het examen is onvolledig.", eerste.Message);
    }

    /// <summary>
    /// Two sets of two extra keuzevakken let the candidate pass: {extra a, extra d} and {extra b, extra c} (also later
    /// ones). docs/uitslag.md: the first in lexicographic order of the sorted names, so {extra a, extra d}; ordered by
    /// bitmask it would be {extra b, extra c}.
    /// </summary>
    [Fact]
    public void Bepaal_TwoSetsOfTwoExtraSubjectsWouldPass_TheFirstInLexicographicOrderIsLeftOut()
    {
        var kandidaat = A.Lwt()
            .Plus(A.Vak("extra d", VakSoort.Keuzevak, VakDeel.Extra, 3m))
            .Plus(A.Vak("extra c", VakSoort.Keuzevak, VakDeel.Extra, 4m))
            .Plus(A.Vak("extra b", VakSoort.Keuzevak, VakDeel.Extra, 4m))
            .Plus(A.Vak("extra a", VakSoort.Keuzevak, VakDeel.Extra, 5m));

        var uitslag = kandidaat.Judge();

        Assert.Equal(UitslagStatus.Geslaagd, uitslag.Status);
        Assert.Equal(["extra a", "extra d"], uitslag.LeftOut);
        Assert.Equal(6, uitslag.Combinatiecijfer);
    }

    [Fact]
    public void Bepaal_TenThousandGeneratedCandidates_NoMetWarningAndEveryD7LwtWarningHasAKeuzevakBelowFour()
    {
        var (d7Waarschuwingen, d7Voldaan, d8Voldaan) = (0, 0, 0);
        foreach (var kandidaat in GegenereerdeKandidaten.Maak(10_000, seed: 20261207))
        {
            var uitslag = UitslagBepaling.Bepaal(kandidaat);
            Assert.DoesNotContain(uitslag.Redenen, r => r.Met && r.Severity == Severity.Warning);
            foreach (var reden in uitslag.Redenen.Where(r => r.RuleId == UitslagRegels.KeuzevakLwt))
            {
                if (reden.Severity == Severity.Warning)
                {
                    d7Waarschuwingen++;
                    Assert.True(HeeftKeuzevakOnderVier(kandidaat, uitslag), $"{kandidaat.Id}: {reden.Message}");
                }
                else
                {
                    d7Voldaan += reden.Met ? 1 : 0;
                }
            }

            d8Voldaan += uitslag.Redenen.Count(r => r.RuleId == "D8" && r.Met);
        }

        // The generator reaches every case the assertions are about.
        Assert.True(d7Waarschuwingen > 100, $"{d7Waarschuwingen} D7-LWT-waarschuwingen");
        Assert.True(d7Voldaan > 100, $"{d7Voldaan} voldane D7-LWT-redenen");
        Assert.True(d8Voldaan > 100, $"{d8Voldaan} voldane D8-redenen");
    }

    [Fact]
    public void Bepaal_WorkedExamples_NoMetWarningAndEveryD7LwtWarningHasAKeuzevakBelowFour()
    {
        foreach (var (kandidaat, _) in ExamenVoorbeelden.All())
        {
            var uitslag = UitslagBepaling.Bepaal(kandidaat);

            Assert.DoesNotContain(uitslag.Redenen, r => r.Met && r.Severity == Severity.Warning);
            Assert.All(uitslag.Redenen.Where(r => r.RuleId == UitslagRegels.KeuzevakLwt && r.Severity == Severity.Warning),
                _ => Assert.True(HeeftKeuzevakOnderVier(kandidaat, uitslag), kandidaat.Id));
        }
    }

    /// <summary>A keuzevak the rule judged (not left out) with an eindcijfer below 4.</summary>
    private static bool HeeftKeuzevakOnderVier(Kandidaat kandidaat, Uitslag uitslag) =>
        kandidaat.Vakken.Any(v => v.Soort == VakSoort.Keuzevak && !uitslag.LeftOut.Contains(v.Name)
            && uitslag.Eindcijfers.Any(e => e.Vak == v.Name && e.Cijfer < 4));
}
