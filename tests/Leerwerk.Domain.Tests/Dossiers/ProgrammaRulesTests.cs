using Leerwerk.Domain.Controle;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Examens.Rules;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Tests.Dossiers;

public sealed class ProgrammaRulesTests
{
    private static readonly DateOnly On = new(2026, 11, 30);

    [Fact]
    public void Evaluate_FullProgramme_FindsNoProgrammeErrors()
    {
        var findings = DossierRules.Evaluate(A.Dossier(), On);

        Assert.DoesNotContain(findings, f => f.RuleId is "C1" or "C2" or "C6" or "C8");
    }

    [Fact]
    public void C1_NoNederlands_IsAnErrorCitingTheLaw()
    {
        var student = A.Leerling();
        student.Vakken.RemoveAll(v => v.Soort == VakSoort.Nederlands);

        var finding = Assert.Single(new NederlandsInProgramma().Evaluate(A.Dossier(student), On));

        Assert.True(finding.IsBlocking);
        Assert.StartsWith("WVO 2020 art. 2.103", finding.Citation.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(4, true)]
    public void C1_OnlyJudgedInLeerjaarThreeAndFour(int leerjaar, bool error)
    {
        var student = A.Leerling(leerjaar: leerjaar);
        student.Vakken.Clear();

        Assert.Equal(error, new NederlandsInProgramma().Evaluate(A.Dossier(student), On).Any());
    }

    [Fact]
    public void C2_NoProfielvak_NamesIt()
    {
        var student = A.Leerling();
        student.Vakken.RemoveAll(v => v.Soort == VakSoort.Profielvak);

        var finding = Assert.Single(new BeroepsgerichtProgramma().Evaluate(A.Dossier(student), On));

        Assert.Equal("C2", finding.RuleId);
        Assert.True(finding.IsBlocking);
        Assert.Contains("het profielvak", finding.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(3, true)]
    [InlineData(4, false)]
    [InlineData(5, false)]
    public void C2_KeuzevakCount_ErrorBelowFour(int keuzevakken, bool error)
    {
        var student = A.Leerling();
        student.Vakken.RemoveAll(v => v.Soort == VakSoort.Keuzevak);
        student.Vakken.AddRange(Enumerable.Range(1, keuzevakken).Select(i => A.Vak($"keuzevak {i}", VakSoort.Keuzevak, 6m)));

        Assert.Equal(error, new BeroepsgerichtProgramma().Evaluate(A.Dossier(student), On).Any(f => f.IsBlocking));
    }

    [Fact]
    public void C5_KeuzevakOutsideTheProfiel_IsAllowed()
    {
        var student = A.Leerling();
        student.Vakken[2].ModuleProfielCode = "BWI";
        student.Vakken[3].ModuleProfielCode = "HBR";

        var findings = DossierRules.Evaluate(A.Dossier(student, plaatsingen: A.Plaatsing()), On);

        Assert.DoesNotContain(findings, f => f.IsBlocking);
        Assert.Equal(RuleKind.Mag, RuleCatalog.Get("C5").Kind);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void C6_ProfielmodulenOfOneOtherProfiel_ErrorAboveTwo(int modules, bool error)
    {
        var student = A.Leerling();
        foreach (var vak in student.Vakken.Where(v => v.Soort == VakSoort.Keuzevak).Take(modules))
        {
            vak.ModuleProfielCode = "BWI";
        }

        var findings = new ProfielmodulenVanAnderProfiel().Evaluate(A.Dossier(student), On).ToList();

        Assert.Equal(error, findings.Any(f => f.IsBlocking));
        if (error)
        {
            Assert.Contains("Bouwen, wonen en interieur", findings[0].Message, StringComparison.Ordinal);
            Assert.Contains("brochure", findings[0].Citation.Text, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void C6_ModulesOfTheOwnProfiel_AreNotCounted()
    {
        var student = A.Leerling();
        student.Vakken.Where(v => v.Soort == VakSoort.Keuzevak).ToList().ForEach(v => v.ModuleProfielCode = "ZW");

        Assert.Empty(new ProfielmodulenVanAnderProfiel().Evaluate(A.Dossier(student), On));
    }

    [Fact]
    public void C8_NoWiskundeAndNoRekenen_IsAnError()
    {
        var student = A.Leerling();
        student.Vakken.RemoveAll(v => v.Soort == VakSoort.Rekenen);

        var finding = Assert.Single(new RekenenOfWiskunde().Evaluate(A.Dossier(student), On));

        Assert.True(finding.IsBlocking);
        Assert.Contains("10.3", finding.Citation.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(VakSoort.Rekenen, 2.1)]
    [InlineData(VakSoort.Wiskunde, 6.0)]
    public void C8_RekenenWithAnyGradeOrWiskunde_IsFine(VakSoort soort, double se)
    {
        var student = A.Leerling();
        student.Vakken.RemoveAll(v => v.Soort == VakSoort.Rekenen);
        student.Vakken.Add(A.Vak("r/w", soort, (decimal)se));

        Assert.Empty(new RekenenOfWiskunde().Evaluate(A.Dossier(student), On));
    }
}
