using System.Text.Json;
using Leerwerk.Cli.Uitslag;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Cli.Tests.Uitslag;

/// <summary>
/// The writer copies the encoded JSON of a reason it has seen before (<see cref="RedenCache"/>) instead of encoding it
/// again: the copy must be exactly what encoding gives, and a reason must never be written with another's bytes.
/// </summary>
public sealed class RedenCacheTests
{
    private static readonly LegalCitation Bron = new("Uitvoeringsbesluit WVO 2020 art. 3.35 lid 1", "Eindexamenbesluit VO art. 49 lid 1", new Uri("https://wetten.overheid.nl/"));

    [Fact]
    public void Schrijf_SharedReasonsWrittenManyTimes_EveryCopyIsTheEncodedReason()
    {
        // Reasons shared among candidates, as the engine hands them out; the table takes any reason, whatever its age.
        UitslagReden[] gedeeld =
        [
            new("D4", true, RuleKind.Moet, Severity.Info, "Eindcijfer nederlands 6 (gemiddelde 6,3) is 6 of hoger.", Bron),
            new("D7-LWT", false, RuleKind.Advies, Severity.Warning, "Keuzevak met \"eindcijfer\" lager dan 4 – zie de brochure.", Bron),
        ];

        var uitslagen = Enumerable.Range(0, 50).Select(i => Uitslag($"K{i}",
            [gedeeld[i % 2], new UitslagReden("D5", i % 3 == 0, RuleKind.Moet, Severity.Info, $"Eigen tekst {i}.", Bron), gedeeld[(i + 1) % 2]])).ToList();

        using var output = new MemoryStream();
        UitslagJson.Schrijf(output, uitslagen);

        using var doc = JsonDocument.Parse(output.ToArray());
        var kandidaten = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(50, kandidaten.Count);
        for (var i = 0; i < kandidaten.Count; i++)
        {
            var redenen = kandidaten[i].GetProperty("reasons").EnumerateArray().ToList();
            Assert.Equal(3, redenen.Count);
            Verwacht(gedeeld[i % 2], redenen[0]);
            Assert.Equal($"Eigen tekst {i}.", redenen[1].GetProperty("message").GetString());
            Verwacht(gedeeld[(i + 1) % 2], redenen[2]);
        }
    }

    private static void Verwacht(UitslagReden reden, JsonElement json)
    {
        Assert.Equal(reden.RuleId, json.GetProperty("ruleId").GetString());
        Assert.Equal(reden.Met, json.GetProperty("met").GetBoolean());
        Assert.Equal(reden.Message, json.GetProperty("message").GetString());
        Assert.Equal(reden.Citation.Text, json.GetProperty("citation").GetString());
        Assert.Equal(reden.Severity == Severity.Warning ? "warning" : "info", json.GetProperty("severity").GetString());
    }

    private static Leerwerk.Domain.Examens.Uitslag Uitslag(string id, UitslagReden[] redenen) =>
        new(id, UitslagStatus.Geslaagd, UitslagRegeling.Lwt, [new VakEindcijfer("nederlands", 6)], 6, null, [], [], redenen);
}
