using System.Text;
using System.Text.Json;

namespace Leerwerk.Cli.Tests.Uitslag;

/// <summary>Issue 20 through <c>leerwerk uitslag</c>: warnings only where a point of doubt applies, precise "ontbreekt" texts, the leave-out rule.</summary>
public sealed class UitslagUitlegCommandTests
{
    private const string Nederlands = """{ "name": "nederlands", "kind": "nederlands", "part": null, "se": 6.5, "ce": 6.1 }""";
    private const string Profielvak = """{ "name": "profielvak", "kind": "profielvak", "part": null, "se": 6.6, "ce": 6.2 }""";
    private const string Rekenen = """{ "name": "rekenen", "kind": "rekenen", "part": null, "se": 5.8, "ce": null }""";

    private static string Keuzevak(string naam, int cijfer, string part = "vrij") =>
        $$"""{ "name": "{{naam}}", "kind": "keuzevak", "part": "{{part}}", "se": {{cijfer}}, "ce": null }""";

    private static string Lwt(string id, params string[] vakken) =>
        $$"""{ "id": "{{id}}", "route": "lwt", "subjects": [{{string.Join(", ", [Nederlands, Profielvak, Rekenen, .. vakken])}}] }""";

    private static JsonElement[] Run(params string[] kandidaten)
    {
        var path = CliRun.TempFile(".json", Encoding.UTF8.GetBytes($"[{string.Join(", ", kandidaten)}]"));
        var (code, output, error) = CliRun.Uitslag(path);
        Assert.True(code == 0, error);
        using var doc = JsonDocument.Parse(output);
        return [.. doc.RootElement.EnumerateArray().Select(e => e.Clone())];
    }

    private static JsonElement Reason(JsonElement uitslag, string ruleId) =>
        Assert.Single(uitslag.GetProperty("reasons").EnumerateArray(), r => r.GetProperty("ruleId").GetString() == ruleId);

    [Fact]
    public void Uitslag_LwtKeuzevakken_D7LwtInfoWhenAllFourOrMoreWarningOnlyBelowFour()
    {
        var uitslagen = Run(
            Lwt("GOED", Keuzevak("keuzevak 1", 6), Keuzevak("keuzevak 2", 6), Keuzevak("keuzevak 3", 7), Keuzevak("keuzevak 4", 6)),
            Lwt("LAAG", Keuzevak("keuzevak 1", 3), Keuzevak("keuzevak 2", 9), Keuzevak("keuzevak 3", 7), Keuzevak("keuzevak 4", 6)));

        var goed = Reason(uitslagen[0], "D7-LWT");
        Assert.True(goed.GetProperty("met").GetBoolean());
        Assert.Equal("info", goed.GetProperty("severity").GetString());
        Assert.DoesNotContain(uitslagen[0].GetProperty("reasons").EnumerateArray(), r => r.GetProperty("severity").GetString() == "warning");

        var laag = Reason(uitslagen[1], "D7-LWT");
        Assert.False(laag.GetProperty("met").GetBoolean());
        Assert.Equal("warning", laag.GetProperty("severity").GetString());
        Assert.Contains("brochure", laag.GetProperty("citation").GetString(), StringComparison.Ordinal);
        Assert.Contains("lid 6", laag.GetProperty("citation").GetString(), StringComparison.Ordinal);
        Assert.Equal("geslaagd", uitslagen[1].GetProperty("result").GetString());
    }

    [Fact]
    public void Uitslag_LwtFourthKeuzevakMarkedExtra_OnvolledigNamingTheExtraOne()
    {
        var uitslag = Run(Lwt("K", Keuzevak("keuzevak 1", 6), Keuzevak("keuzevak 2", 6), Keuzevak("keuzevak 3", 7), Keuzevak("keuzevak 4", 6, "extra")))[0];

        Assert.Equal("onvolledig", uitslag.GetProperty("result").GetString());
        Assert.Contains("ontbreekt: één van de vier keuzevakken (aanwezig: keuzevak 1, keuzevak 2, keuzevak 3; keuzevak 4 is als extra vak opgegeven; een LWT omvat vier keuzevakken)",
            Reason(uitslag, "D1").GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Uitslag_LwtOneGeneralSubjectPresentAndOneExtra_D8NamesBoth()
    {
        var uitslag = Run(Lwt("K", Keuzevak("keuzevak 1", 6), Keuzevak("keuzevak 2", 6), Keuzevak("keuzevak 3", 7), Keuzevak("keuzevak 4", 6),
            """{ "name": "biologie", "kind": "avo", "part": "profieldeel", "se": 6.0, "ce": 6.0 }""",
            """{ "name": "economie", "kind": "avo", "part": "extra", "se": 6.0, "ce": 6.0 }"""))[0];

        var d8 = Reason(uitslag, "D8");
        Assert.Equal("info", d8.GetProperty("severity").GetString());
        Assert.Contains("één van de twee algemene vakken in het profieldeel (aanwezig: biologie; economie is als extra vak opgegeven;",
            d8.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Uitslag_TwoSetsOfTwoExtraSubjectsWouldPass_LeavesOutTheFirstInLexicographicOrder()
    {
        var uitslag = Run(Lwt("K", Keuzevak("keuzevak 1", 6), Keuzevak("keuzevak 2", 6), Keuzevak("keuzevak 3", 7), Keuzevak("keuzevak 4", 6),
            Keuzevak("extra d", 3, "extra"), Keuzevak("extra c", 4, "extra"), Keuzevak("extra b", 4, "extra"), Keuzevak("extra a", 5, "extra")))[0];

        Assert.Equal("geslaagd", uitslag.GetProperty("result").GetString());
        Assert.Equal(["extra a", "extra d"], uitslag.GetProperty("leftOut").EnumerateArray().Select(e => e.GetString()));
    }

    /// <summary>Five keuzevakken, none marked extra (issue 15 item 3): 5, 5, 2, 6, 6 → 4,8 → 5 fails; without the 2, 5,5 → 6 passes.</summary>
    [Fact]
    public void Uitslag_FiveKeuzevakkenPassingWithoutTheLowest_LeavesItOutWithReasonAndCitation()
    {
        var uitslagen = Run(
            Lwt("VIJF", Keuzevak("keuzevak 1", 5), Keuzevak("keuzevak 2", 5), Keuzevak("keuzevak 3", 2), Keuzevak("keuzevak 4", 6), Keuzevak("keuzevak 5", 6)),
            Lwt("ALLE", Keuzevak("keuzevak 1", 6), Keuzevak("keuzevak 2", 6), Keuzevak("keuzevak 3", 7), Keuzevak("keuzevak 4", 6), Keuzevak("keuzevak 5", 8)));

        var vijf = uitslagen[0];
        Assert.Equal("geslaagd", vijf.GetProperty("result").GetString());
        Assert.Equal(["keuzevak 3"], vijf.GetProperty("leftOut").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(6, vijf.GetProperty("combinatiecijfer").GetInt32());
        var reden = Reason(vijf, "D-BOVENTALLIG");
        Assert.True(reden.GetProperty("met").GetBoolean());
        Assert.Equal("info", reden.GetProperty("severity").GetString());
        Assert.StartsWith("Keuzevak keuzevak 3 2 blijft buiten beschouwing", reden.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.Equal("Uitvoeringsbesluit WVO 2020 art. 3.33 lid 3 en art. 3.35 lid 3 en 5 (was Eindexamenbesluit VO art. 48 lid 3 en art. 49)",
            reden.GetProperty("citation").GetString());

        var alle = uitslagen[1];
        Assert.Equal("geslaagd", alle.GetProperty("result").GetString());
        Assert.Empty(alle.GetProperty("leftOut").EnumerateArray());
        Assert.Equal(7, alle.GetProperty("combinatiecijfer").GetInt32());
    }
}
