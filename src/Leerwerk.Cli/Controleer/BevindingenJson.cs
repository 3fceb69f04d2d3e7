using System.Text.Encodings.Web;
using System.Text.Json;
using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Cli.Controleer;

/// <summary>Writes the output of <c>leerwerk controleer</c>: per dossier the leerlingnummer and its findings.</summary>
internal static class BevindingenJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream output, IEnumerable<(Dossier Dossier, IReadOnlyList<Finding> Findings)> results)
    {
        using var w = new Utf8JsonWriter(output, Options);
        w.WriteStartArray();
        foreach (var (dossier, findings) in results)
        {
            w.WriteStartObject();
            w.WriteString("leerlingnummer", dossier.Leerling.Leerlingnummer);
            w.WriteStartArray("findings");
            foreach (var f in findings)
            {
                w.WriteStartObject();
                w.WriteString("ruleId", f.RuleId);
                w.WriteString("kind", RuleKindText.Label(f.Kind));
                w.WriteString("severity", f.Severity switch { Severity.Error => "error", Severity.Warning => "warning", Severity.Info => "info" });
                w.WriteString("message", f.Message);
                w.WriteString("citation", f.Citation.Text);
                w.WriteString("source", f.Citation.Source.ToString());
                w.WriteString("subject", f.Subject);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }
}
