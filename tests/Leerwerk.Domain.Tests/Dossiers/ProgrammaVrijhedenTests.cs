using Leerwerk.Domain.Controle;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Examens.Rules;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Tests.Dossiers;

/// <summary>The MAG rules of the programme (C3, C4, C5, C7, C9, C10): the freedom is allowed, and shown as such.</summary>
public sealed class ProgrammaVrijhedenTests
{
    private static readonly DateOnly On = new(2026, 11, 30);

    [Theory]
    [InlineData(false, "helemaal, met PTA")]
    [InlineData(true, "gedeeltelijk, zonder PTA")]
    public void C3_ExtraSubjectWhollyOrPartly_IsAllowed(bool partly, string how)
    {
        var student = A.Leerling();
        var engels = A.Vak("Engels", VakSoort.Engels);
        engels.Deel = VakDeel.Extra;
        engels.IsPartial = partly;
        student.Vakken.Add(engels);

        var findings = DossierRules.Evaluate(A.Dossier(student, plaatsingen: A.Plaatsing()), On);

        Assert.DoesNotContain(findings, f => f.IsBlocking);
        var c3 = Assert.Single(findings, f => f.RuleId == "C3");
        Assert.Equal(Severity.Info, c3.Severity);
        Assert.Contains(how, c3.Message, StringComparison.Ordinal);
        Assert.Contains("toegestaan", c3.Message, StringComparison.Ordinal);
        Assert.Contains("3.5", c3.Citation.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, true)]
    [InlineData(false, false)]
    public void C4_MaatschappelijkeStage_IsAllowedAndShown(bool stage, bool shown)
    {
        var student = A.Leerling();
        student.MaatschappelijkeStage = stage;

        var findings = DossierRules.Evaluate(A.Dossier(student, plaatsingen: A.Plaatsing()), On);

        Assert.DoesNotContain(findings, f => f.IsBlocking);
        Assert.Equal(shown, findings.Any(f => f.RuleId == "C4" && f.Severity == Severity.Info));
    }

    [Fact]
    public void C5_ProfielmoduleOfAnotherProfiel_ShowsAsAllowed()
    {
        var student = A.Leerling();
        student.Vakken[2].ModuleProfielCode = "BWI";

        var findings = new KeuzevakBuitenProfiel().Evaluate(A.Dossier(student), On).ToList();

        var finding = Assert.Single(findings);
        Assert.Equal(Severity.Info, finding.Severity);
        Assert.Contains("Bouwen, wonen en interieur", finding.Message, StringComparison.Ordinal);
        Assert.Contains("toegestaan", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void C7_KeuzevakAtTheCompanyWithTeacher_IsAllowed()
    {
        var student = A.Leerling();
        student.Vakken[2].OutsideSchool = true;
        student.Vakken[2].AssessingTeacher = "mevr. Jansen";

        var findings = DossierRules.Evaluate(A.Dossier(student, plaatsingen: A.Plaatsing()), On);

        Assert.DoesNotContain(findings, f => f.IsBlocking);
        var c7 = Assert.Single(findings, f => f.RuleId == "C7");
        Assert.Equal(Severity.Info, c7.Severity);
        Assert.Contains("mevr. Jansen", c7.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void C7_KeuzevakAtTheCompanyWithoutTeacher_IsAWarningNotAnError()
    {
        var student = A.Leerling();
        student.Vakken[2].OutsideSchool = true;

        var finding = Assert.Single(new KeuzevakBuitenSchool().Evaluate(A.Dossier(student), On));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.False(finding.IsBlocking);
        Assert.Contains("geen docent", finding.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void C9_NoMaatschappijleerKunstOrLo_IsAllowed()
    {
        var student = A.Leerling();
        student.FollowsLo = true;

        var findings = DossierRules.Evaluate(A.Dossier(student, plaatsingen: A.Plaatsing()), On);

        Assert.DoesNotContain(findings, f => f.IsBlocking);
        var c9 = Assert.Single(findings, f => f.RuleId == "C9");
        Assert.Contains("maatschappijleer en kunst (KV1) niet", c9.Message, StringComparison.Ordinal);
        Assert.Equal(RuleKind.Mag, c9.Kind);
    }

    [Fact]
    public void C9_AllThreeFollowed_NoNote()
    {
        var student = A.Leerling();
        (student.FollowsMaatschappijleer, student.FollowsKunst, student.FollowsLo) = (true, true, true);

        Assert.Empty(new SchoolvakkenNaarKeuze().Evaluate(A.Dossier(student), On));
    }

    [Theory]
    [InlineData(VakSoort.Rekenen, true)]
    [InlineData(VakSoort.Wiskunde, false)]
    public void C10_NoWiskunde_IsAllowedForMboNiveau2(VakSoort soort, bool shown)
    {
        var student = A.Leerling(leerjaar: 4);
        student.Vakken.RemoveAll(v => v.Soort == VakSoort.Rekenen);
        student.Vakken.Add(A.Vak("r/w", soort, 6m));

        var findings = new ZonderWiskunde().Evaluate(A.Dossier(student), On).ToList();

        Assert.Equal(shown, findings.Count == 1);
        Assert.All(findings, f => Assert.Equal(Severity.Info, f.Severity));
        Assert.All(findings, f => Assert.Contains("niveau 2", f.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Freedoms_OutsideTheLwt_AreNotJudged()
    {
        var student = A.Leerling(leerjaar: 2);
        student.MaatschappelijkeStage = true;

        var findings = DossierRules.Evaluate(A.Dossier(student), On);

        Assert.DoesNotContain(findings, f => f.RuleId is "C3" or "C4" or "C5" or "C7" or "C9" or "C10");
    }
}
