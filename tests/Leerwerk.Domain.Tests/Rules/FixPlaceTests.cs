using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Tests.Rules;

/// <summary>The catalogue records, per MOET and ADVIES rule, where a finding of it is fixed; a MAG rule is never work.</summary>
public sealed class FixPlaceTests
{
    public static TheoryData<string> MoetAndAdviesIds() => [.. RuleCatalog.Versions.Where(r => r.Kind != RuleKind.Mag).Select(r => r.Id).Distinct()];

    [Theory]
    [MemberData(nameof(MoetAndAdviesIds))]
    public void EveryMoetAndAdviesRule_HasAFixPlace(string id) => Assert.NotNull(RuleCatalog.FixPlaceOf(id));

    [Fact]
    public void MagRules_HaveNoFixPlace() =>
        Assert.All(RuleCatalog.All.Where(r => r.Kind == RuleKind.Mag), r => Assert.Null(RuleCatalog.FixPlaceOf(r.Id)));

    [Fact]
    public void FinerIds_HaveTheFixPlaceOfTheirCatalogueId()
    {
        Assert.Equal(FixPlace.Examen, RuleCatalog.FixPlaceOf("D7-LWT"));
        Assert.Equal(FixPlace.Ondertekening, RuleCatalog.FixPlaceOf("E6"));
        Assert.Null(RuleCatalog.FixPlaceOf("Z99"));
    }

    [Fact]
    public void EveryFixPlace_IsUsedByARule() =>
        Assert.All(Enum.GetValues<FixPlace>(), place => Assert.Contains(RuleCatalog.All, r => RuleCatalog.FixPlaceOf(r.Id) == place));
}
