using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Examens.Rules;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Tests.Examens;

/// <summary>Issue 15 item 5: the cspe day in its window (D2), a CE from leerjaar 3 that lapses (D3), the herkansing choice.</summary>
public sealed class ExamenPlanningTests
{
    private static readonly DateOnly Peildatum = new(2027, 3, 15);

    [Fact]
    public void Cspe_On31March_IsBeforeTheWindow_D2Error()
    {
        var leerling = Tests.A.Leerling(leerjaar: 4);
        Profielvak(leerling).CeDatum = new DateOnly(2027, 3, 31);

        var finding = Assert.Single(ExamenPlanning.Evaluate(leerling, Peildatum));

        Assert.Equal("D2", finding.RuleId);
        Assert.Equal(Severity.Error, finding.Severity);
        Assert.Contains("31 maart 2027, vóór 1 april 2027", finding.Message, StringComparison.Ordinal);
        Assert.Contains("3.17", finding.Citation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Cspe_On1April_IsInTheWindow_D2Met()
    {
        var leerling = Tests.A.Leerling(leerjaar: 4);
        Profielvak(leerling).CeDatum = new DateOnly(2027, 4, 1);

        var finding = Assert.Single(ExamenPlanning.Evaluate(leerling, Peildatum));

        Assert.Equal("D2", finding.RuleId);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("in het afnamevenster", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void CeInLeerjaar3_StudentStillInLeerjaar3NextYear_Lapses()
    {
        var leerling = Tests.A.Leerling(leerjaar: 3);
        var vak = Profielvak(leerling);
        (vak.CeDatum, vak.CeInLeerjaar3) = (new DateOnly(2026, 5, 20), true);

        var d3 = Assert.Single(ExamenPlanning.Evaluate(leerling, new DateOnly(2026, 10, 1)), f => f.RuleId == "D3");

        Assert.Equal(Severity.Warning, d3.Severity);
        Assert.Contains("niet bevorderd: het vervalt", d3.Message, StringComparison.Ordinal);
        Assert.Contains("3.36", d3.Citation.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, "telt alleen als")]
    [InlineData(4, "bevorderd, dus het blijft staan")]
    public void CeInLeerjaar3_SameYearOrPromoted_Information(int leerjaar, string tekst)
    {
        var leerling = Tests.A.Leerling(leerjaar: leerjaar);
        var vak = leerling.Vakken.Single(v => v.Soort == VakSoort.Nederlands);
        (vak.CeDatum, vak.CeInLeerjaar3) = (new DateOnly(2026, 5, 20), true);
        var peildatum = leerjaar == 3 ? new DateOnly(2026, 6, 1) : new DateOnly(2026, 10, 1);

        var d3 = Assert.Single(ExamenPlanning.Evaluate(leerling, peildatum), f => f.RuleId == "D3");

        Assert.Equal(Severity.Info, d3.Severity);
        Assert.Contains(tekst, d3.Message, StringComparison.Ordinal);
        Assert.StartsWith("Het centraal examen Nederlands", d3.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void NothingPlanned_NoFindings()
    {
        Assert.Empty(ExamenPlanning.Evaluate(Tests.A.Leerling(leerjaar: 4), Peildatum));
    }

    [Fact]
    public void Herkansing_OneCeSubjectAndTheCspe_IsValid()
    {
        Assert.Null(HerkansingKeuze.Fout([Tests.A.Vak("Nederlands", VakSoort.Nederlands), Tests.A.Vak("Zorg en welzijn", VakSoort.Profielvak)]));
    }

    [Fact]
    public void Herkansing_TwoCeSubjects_IsRefused()
    {
        var fout = HerkansingKeuze.Fout([Tests.A.Vak("Nederlands", VakSoort.Nederlands), Tests.A.Vak("Engels", VakSoort.Engels)]);

        Assert.Equal("Herkansen kan in één vak met een centraal examen (daarnaast mag het cspe): gekozen zijn Nederlands en Engels.", fout);
    }

    [Fact]
    public void Herkansing_SubjectWithoutCe_IsRefused()
    {
        var fout = HerkansingKeuze.Fout([Tests.A.Vak("Mens en gezondheid", VakSoort.Keuzevak)]);

        Assert.Equal("Mens en gezondheid heeft geen centraal examen en kan dus niet worden herkanst.", fout);
    }

    [Fact]
    public void HerkansingNodig_FailedOnNederlands_LowestResitThatPasses()
    {
        var kandidaat = A.Lwt().Grades("nederlands", 4.8m, 5.0m);
        var uitslag = kandidaat.Judge();

        var nodig = HerkansingNodig.Bereken(kandidaat, uitslag);

        Assert.Equal(UitslagStatus.Afgewezen, uitslag.Status);
        Assert.Equal(["nederlands", "profielvak"], nodig.Select(n => n.Vak));
        Assert.Equal(6.2m, nodig[0].Minimum);
        Assert.Contains("ten minste 6,2", nodig[0].Message, StringComparison.Ordinal);
        Assert.Null(nodig[1].Minimum);
    }

    [Fact]
    public void HerkansingNodig_PassedOrResitUsed_Nothing()
    {
        var geslaagd = A.Lwt();
        var herkanst = A.Lwt().Grades("nederlands", 4.8m, 5.0m).With("nederlands", v => v with { CeResit = 5.2m });

        Assert.Empty(HerkansingNodig.Bereken(geslaagd, geslaagd.Judge()));
        Assert.Empty(HerkansingNodig.Bereken(herkanst, herkanst.Judge()));
    }

    private static Vak Profielvak(Leerwerk.Domain.Leerlingen.Leerling leerling) => leerling.Vakken.Single(v => v.Soort == VakSoort.Profielvak);
}
