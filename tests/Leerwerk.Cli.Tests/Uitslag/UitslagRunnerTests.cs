using System.Text;
using System.Text.Json;
using Leerwerk.Cli.Uitslag;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Examens.Invoer;

namespace Leerwerk.Cli.Tests.Uitslag;

/// <summary>
/// The runner maps and judges on its own thread while a second thread writes: the output must be in input order, invalid candidates
/// reported, and a failing writer must surface its own error.
/// </summary>
public sealed class UitslagRunnerTests
{
    /// <summary>Many candidates (more than the writer buffers before it flushes), some invalid.</summary>
    private static LeesResultaat Kandidaten(int aantal)
    {
        var json = new StringBuilder("[");
        for (var i = 0; i < aantal; i++)
        {
            var se = i % 1000 == 999 ? "11.0" : "6.0";
            json.Append(i == 0 ? "" : ",").Append("{\"id\":\"K").Append(i).Append("\",\"route\":\"lwt\",\"subjects\":[")
                .Append("{\"name\":\"nederlands\",\"kind\":\"nederlands\",\"se\":").Append(se).Append(",\"ce\":6.0}]}");
        }

        return InvoerBron.LeesBytes(Encoding.UTF8.GetBytes(json.Append(']').ToString()), ".json");
    }

    [Fact]
    public void Run_ManyPortions_WritesEveryCandidateInInputOrderAndReportsTheInvalidOnes()
    {
        var invoer = Kandidaten(20_000);
        using var output = new MemoryStream();
        var error = new StringWriter();

        var code = UitslagRunner.Run(invoer, output, error, UitslagSettings.Default);

        Assert.Equal(1, code);
        using var doc = JsonDocument.Parse(output.ToArray());
        var ids = doc.RootElement.EnumerateArray().Select(e => e.GetProperty("id").GetString()).ToList();
        Assert.Equal(Enumerable.Range(0, 20_000).Select(i => $"K{i}"), ids);
        Assert.Equal(20, doc.RootElement.EnumerateArray().Count(e => e.GetProperty("result").GetString() == "ongeldig"));
        Assert.Equal(20, error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
        Assert.StartsWith("Kandidaat 'K999' is ongeldig", error.ToString(), StringComparison.Ordinal);
    }

    [Fact(Timeout = 60_000)]
    public async Task Run_WriterFails_ThrowsTheWritersErrorWithoutHanging()
    {
        var invoer = Kandidaten(20_000);

        var fout = await Task.Run(() => Assert.Throws<IOException>(
            () => UitslagRunner.Run(invoer, new KapotteStream(), TextWriter.Null, UitslagSettings.Default)), TestContext.Current.CancellationToken);

        Assert.Equal("stdout is gesloten", fout.Message);
    }

    /// <summary>A stdout that was closed by the reader (e.g. <c>leerwerk uitslag f.json | head</c>).</summary>
    private sealed class KapotteStream : MemoryStream
    {
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("stdout is gesloten");

        public override void Write(ReadOnlySpan<byte> buffer) => throw new IOException("stdout is gesloten");
    }
}
