using Leerwerk.Domain.Examens;

namespace Leerwerk.Domain.Tests.Examens;

public sealed class ValidatieTests
{
    [Theory]
    [InlineData("10.5", "subjects[1].ce")]
    [InlineData("0.9", "subjects[1].ce")]
    [InlineData("6.45", "subjects[1].ce")]
    public void Bepaal_BadCeGrade_OngeldigNamingTheField(string ce, string field)
    {
        var uitslag = A.Bb().Grades("engels", 6.0m, D(ce)).Judge();

        Assert.Equal(UitslagStatus.Ongeldig, uitslag.Status);
        var reden = Assert.Single(uitslag.Redenen);
        Assert.Equal(field, reden.Field);
        Assert.Equal(UitslagRegels.Invoer, reden.RuleId);
        Assert.StartsWith(field, reden.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Bepaal_SeOfSubjectWithCeHasTwoDecimals_Ongeldig()
    {
        var uitslag = A.Bb().Grades("engels", 6.45m, 6.0m).Judge();

        Assert.Equal("subjects[1].se", Assert.Single(uitslag.Redenen).Field);
    }

    [Theory]
    [InlineData("6.45", UitslagStatus.Geslaagd)]
    [InlineData("6.456", UitslagStatus.Ongeldig)]
    public void Bepaal_SeOnlyPtaAverage_AllowsTwoDecimals(string se, UitslagStatus expected) =>
        Assert.Equal(expected, A.Bb().Grades("maatschappijleer", D(se)).Judge().Status);

    [Fact]
    public void Bepaal_NoNederlands_Ongeldig()
    {
        var uitslag = A.Lwt().Without("nederlands").Judge();

        Assert.Equal(UitslagStatus.Ongeldig, uitslag.Status);
        Assert.Equal("subjects", Assert.Single(uitslag.Redenen).Field);
    }

    [Fact]
    public void Bepaal_CeForSubjectWithoutCe_Ongeldig()
    {
        var uitslag = A.Bb().Grades("maatschappijleer", 7m, 6.0m).Judge();

        Assert.Equal("subjects[2].ce", Assert.Single(uitslag.Redenen).Field);
    }

    [Fact]
    public void Bepaal_DuplicateName_Ongeldig()
    {
        var uitslag = A.Lwt().Plus(A.Vak("keuzevak 1", VakSoort.Keuzevak, VakDeel.Vrij, 6m)).Judge();

        Assert.Equal("subjects[7].name", Assert.Single(uitslag.Redenen).Field);
    }

    [Fact]
    public void Bepaal_SeveralErrors_ReportsEachWithoutThrowing()
    {
        var uitslag = A.Bb().Grades("engels", 11m, 0m).Grades("biologie", 6.55m, 6.0m).Judge();

        Assert.Equal(["subjects[1].se", "subjects[1].ce", "subjects[3].se"], uitslag.Redenen.Select(r => r.Field));
        Assert.Empty(uitslag.Eindcijfers);
    }

    private static decimal D(string value) => decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture);
}
