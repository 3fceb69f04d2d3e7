using System.Text;
using System.Text.Json;

namespace Leerwerk.Cli.Tests.Uitslag;

public sealed class UitslagCommandTests
{
    [Fact]
    public void Uitslag_WorkedExamplesAsJson_GiveTheExpectedResults()
    {
        var examples = CliRun.Examples();
        var input = JsonSerializer.Serialize(examples.Select(e => e.Candidate));
        var path = CliRun.TempFile(".json", Encoding.UTF8.GetBytes(input));

        var (code, output, error) = CliRun.Uitslag(path);

        Assert.True(code == 0, error);
        using var doc = JsonDocument.Parse(output);
        var results = doc.RootElement.EnumerateArray().ToList();
        Assert.Equal(examples.Select(e => e.Id), results.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(examples.Select(e => e.Expected), results.Select(r => r.GetProperty("result").GetString()));
    }

    [Fact]
    public void Uitslag_WorkedExamplesAsLasCsv_GiveTheSameResults()
    {
        var examples = CliRun.Examples();
        var path = CliRun.TempFile(".csv", Encoding.UTF8.GetBytes(LasCsv.From(examples.Select(e => e.Candidate))));

        var (code, output, error) = CliRun.Uitslag(path);

        Assert.True(code == 0, error);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal(examples.Select(e => e.Expected), doc.RootElement.EnumerateArray().Select(r => r.GetProperty("result").GetString()));
    }

    [Fact]
    public void Uitslag_BB12_WritesCeAverageAsNumberAndDutchReason()
    {
        var bb12 = CliRun.Examples().Single(e => e.Id == "BB-12").Candidate;
        var path = CliRun.TempFile(".json", Encoding.UTF8.GetBytes($"[{bb12.GetRawText()}]"));

        var (_, output, _) = CliRun.Uitslag(path);

        using var doc = JsonDocument.Parse(output);
        var result = doc.RootElement[0];
        Assert.Equal(5.48m, result.GetProperty("ceAverage").GetDecimal());
        Assert.Equal("bb", result.GetProperty("appliedRule").GetString());
        var reason = result.GetProperty("reasons").EnumerateArray().Single(r => r.GetProperty("ruleId").GetString() == "D-BB-a");
        Assert.False(reason.GetProperty("met").GetBoolean());
        Assert.Equal("MOET", reason.GetProperty("kind").GetString());
        Assert.Contains("5,48 is lager dan 5,5", reason.GetProperty("message").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Uitslag_UnknownKind_ExitOneAndNamesTheField()
    {
        var path = CliRun.TempFile(".json", """
            [{ "id": "X", "route": "lwt", "subjects": [ { "name": "nederlands", "kind": "nederland", "se": 6.0, "ce": 6.0 } ] }]
            """u8.ToArray());

        var (code, output, _) = CliRun.Uitslag(path);

        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(output);
        Assert.Equal("ongeldig", doc.RootElement[0].GetProperty("result").GetString());
        Assert.Equal("subjects[0].kind", doc.RootElement[0].GetProperty("reasons")[0].GetProperty("field").GetString());
    }

    [Fact]
    public void Uitslag_GradeAsString_ExitOneNamingTheField()
    {
        var path = CliRun.TempFile(".json", """[{ "id": "X", "route": "bb", "subjects": [ { "name": "nl", "kind": "nederlands", "se": "zes" } ] }]"""u8.ToArray());

        var (code, output, _) = CliRun.Uitslag(path);

        Assert.Equal(1, code);
        Assert.Contains("subjects[0].se", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Uitslag_BrokenJson_ExitTwoWithLineAndPosition()
    {
        var path = CliRun.TempFile(".json", "[\n  { \"id\": \"X\",,\n]"u8.ToArray());

        var (code, output, error) = CliRun.Uitslag(path);

        Assert.Equal(2, code);
        Assert.Empty(output);
        Assert.Contains("regel 2", error, StringComparison.Ordinal);
        Assert.Contains("positie", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Uitslag_CsvRowWithBadNumber_ExitTwoNamingRowAndColumn()
    {
        var csv = "kandidaat;leerweg;vak;soort;deel;se;ce;ce_herkansing;lo;kunstvakken\nK1;lwt;nederlands;nederlands;;6,5;6,1;;;\nK1;lwt;profielvak;profielvak;;zes;6,2;;;\n";
        var path = CliRun.TempFile(".csv", Encoding.UTF8.GetBytes(csv));

        var (code, _, error) = CliRun.Uitslag(path);

        Assert.Equal(2, code);
        Assert.Contains("Regel 3, kolom se", error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new string[0], 5)]
    [InlineData(new[] { "--se-afronding", "eerst-een-decimaal" }, 6)]
    [InlineData(new[] { "--se-afronding", "afkappen" }, 5)]
    public void Uitslag_SeAfrondingOption_RoundsThePtaAverageAsTheSchoolChose(string[] option, int expected)
    {
        var path = CliRun.TempFile(".json", """
            [{ "id": "X", "route": "lwt", "subjects": [
                { "name": "nederlands", "kind": "nederlands", "se": 6.5, "ce": 6.1 },
                { "name": "keuzevak 1", "kind": "keuzevak", "se": 5.45 } ] }]
            """u8.ToArray());

        var (_, output, _) = CliRun.Uitslag([path, .. option]);

        using var doc = JsonDocument.Parse(output);
        Assert.Equal(expected, doc.RootElement[0].GetProperty("finalGrades").GetProperty("keuzevak 1").GetInt32());
    }

    [Fact]
    public void Uitslag_MissingFile_ExitTwo() =>
        Assert.Equal(2, CliRun.Uitslag("/geen/bestand.json").Code);
}
