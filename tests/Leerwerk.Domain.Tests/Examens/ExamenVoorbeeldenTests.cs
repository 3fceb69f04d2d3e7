using Leerwerk.Domain.Examens;

namespace Leerwerk.Domain.Tests.Examens;

public sealed class ExamenVoorbeeldenTests
{
    public static TheoryData<string> Ids() => [.. ExamenVoorbeelden.All().Select(v => v.Kandidaat.Id)];

    [Fact]
    public void All_ExamplesFile_HoldsSixteenCases() =>
        Assert.Equal(16, ExamenVoorbeelden.All().Count);

    [Theory]
    [MemberData(nameof(Ids))]
    public void Bepaal_WorkedExample_GivesTheLegallyRightResult(string id)
    {
        var (kandidaat, expected) = ExamenVoorbeelden.All().Single(v => v.Kandidaat.Id == id);

        var uitslag = UitslagBepaling.Bepaal(kandidaat);

        Assert.Equal(expected, uitslag.Status.ToString().ToLowerInvariant());
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Bepaal_WorkedExample_EveryReasonHasACitationAndADutchMessage(string id)
    {
        var (kandidaat, _) = ExamenVoorbeelden.All().Single(v => v.Kandidaat.Id == id);

        var uitslag = UitslagBepaling.Bepaal(kandidaat);

        Assert.NotEmpty(uitslag.Redenen);
        Assert.All(uitslag.Redenen, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Message));
            Assert.StartsWith("https://wetten.overheid.nl/", r.Citation.Source.ToString(), StringComparison.Ordinal);
        });
    }
}
