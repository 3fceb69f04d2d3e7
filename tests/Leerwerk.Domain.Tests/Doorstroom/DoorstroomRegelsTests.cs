using Leerwerk.Domain.Doorstroom;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Tests.Doorstroom;

public sealed class DoorstroomRegelsTests
{
    private static readonly DateOnly On = new(2027, 9, 1);

    private static DoorstroomRecord Inschrijving(int niveau = 2, MboLeerweg leerweg = MboLeerweg.Bbl, bool verwant = true, string? vrijstellingen = null) => new()
    {
        SchoolId = 1,
        MboInstellingName = "ROC Betuwe Vakcollege",
        Opleiding = "Helpende zorg en welzijn",
        Crebo = "25498",
        Niveau = niveau,
        MboLeerweg = leerweg,
        IsVerwant = verwant,
        Vrijstellingen = vrijstellingen,
    };

    [Fact]
    public void H1_EntreeAfterLwt_IsAnErrorWithExplanation()
    {
        var finding = DoorstroomRegels.EntreeNaLwt(A.Leerling(leerjaar: 4), Inschrijving(niveau: 1), On);

        Assert.NotNull(finding);
        Assert.Equal("H1", finding.RuleId);
        Assert.True(finding.IsBlocking);
        Assert.Contains("niet tot de entreeopleiding", finding.Message, StringComparison.Ordinal);
        Assert.Contains("brochure", finding.Citation.Text, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData(2)]
    [InlineData(3)]
    public void H1_NiveauTwoOrHigherAfterLwt_IsFine(int niveau)
    {
        Assert.Null(DoorstroomRegels.EntreeNaLwt(A.Leerling(leerjaar: 4), Inschrijving(niveau: niveau), On));
    }

    [Fact]
    public void H1_EntreeWithoutLwtRoute_IsNotJudged()
    {
        var student = A.Leerling(leerjaar: 4);
        student.Routes.Clear();
        student.Routes.Add(new RouteBesluit { Route = Leerroute.RegulierBb, StartDate = A.SchoolYearStart, DecidedBy = "school" });

        Assert.Null(DoorstroomRegels.EntreeNaLwt(student, Inschrijving(niveau: 1), On));
    }

    [Fact]
    public void H2_Bol_IsAllowed()
    {
        var findings = DoorstroomRegels.Evaluate(A.Leerling(), Inschrijving(leerweg: MboLeerweg.Bol), isPartner: true, On);

        var h2 = Assert.Single(findings);
        Assert.Equal("H2", h2.RuleId);
        Assert.Equal(Severity.Info, h2.Severity);
    }

    [Fact]
    public void H3_NotVerwant_IsAllowed()
    {
        var findings = DoorstroomRegels.Evaluate(A.Leerling(), Inschrijving(verwant: false), isPartner: true, On);

        Assert.DoesNotContain(findings, f => f.IsBlocking);
        Assert.Contains(findings, f => f.RuleId == "H3" && f.Message.Contains("vanaf het begin", StringComparison.Ordinal));
    }

    [Fact]
    public void H4_InstellingWithoutCooperation_IsAllowed()
    {
        var findings = DoorstroomRegels.Evaluate(A.Leerling(), Inschrijving(), isPartner: false, On);

        var h4 = Assert.Single(findings);
        Assert.Equal("H4", h4.RuleId);
        Assert.False(h4.IsBlocking);
    }

    [Fact]
    public void H5_Vrijstellingen_AreAllowedAndNederlandsStaysWithTheMbo()
    {
        var findings = DoorstroomRegels.Evaluate(A.Leerling(), Inschrijving(vrijstellingen: "keuzevak Mens en gezondheid"), isPartner: true, On);

        var h5 = Assert.Single(findings);
        Assert.Equal("H5", h5.RuleId);
        Assert.Contains("Nederlands", h5.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("25498", true)]
    [InlineData("2549", false)]
    [InlineData("254981", false)]
    [InlineData("25a98", false)]
    [InlineData(null, false)]
    public void Crebo_IsFiveDigits(string? crebo, bool valid)
    {
        Assert.Equal(valid, Crebo.IsValid(crebo));
    }
}
