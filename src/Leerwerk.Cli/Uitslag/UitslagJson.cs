using System.Text.Encodings.Web;
using System.Text.Json;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Rules;
using DomainUitslag = Leerwerk.Domain.Examens.Uitslag;

namespace Leerwerk.Cli.Uitslag;

/// <summary>Writes the results as a JSON array, one object per candidate in input order (docs/uitslag.md).</summary>
internal static class UitslagJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Schrijf(Stream stream, IEnumerable<DomainUitslag> uitslagen)
    {
        using var writer = new Utf8JsonWriter(stream, Options);
        writer.WriteStartArray();
        foreach (var uitslag in uitslagen)
        {
            Schrijf(writer, uitslag);
        }

        writer.WriteEndArray();
    }

    private static void Schrijf(Utf8JsonWriter w, DomainUitslag u)
    {
        w.WriteStartObject();
        w.WriteString("id", u.KandidaatId);
        w.WriteString("result", Naam(u.Status));
        w.WriteString("appliedRule", u.ToegepasteRegeling == UitslagRegeling.Bb ? "bb" : "lwt");
        w.WriteStartObject("finalGrades");
        foreach (var e in u.Eindcijfers)
        {
            w.WriteNumber(e.Vak, e.Cijfer);
        }

        w.WriteEndObject();
        NumberOrNull(w, "combinatiecijfer", u.Combinatiecijfer);
        NumberOrNull(w, "ceAverage", u.CeGemiddelde is { } g ? Afronding.Afgekapt(g, 4) : null);
        w.WriteStartArray("leftOut");
        foreach (var naam in u.LeftOut)
        {
            w.WriteStringValue(naam);
        }

        w.WriteEndArray();
        w.WriteStartArray("stillNeeded");
        foreach (var n in u.NogNodig)
        {
            w.WriteStartObject();
            w.WriteString("subject", n.Vak);
            w.WriteString("grade", n.Cijfer switch { NogNodigCijfer.Se => "se", NogNodigCijfer.Ce => "ce", NogNodigCijfer.SeEnCe => "se+ce" });
            NumberOrNull(w, "minimum", n.Minimum);
            w.WriteString("message", n.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("reasons");
        foreach (var r in u.Redenen)
        {
            Reden(w, r);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Reden(Utf8JsonWriter w, UitslagReden r)
    {
        w.WriteStartObject();
        w.WriteString("ruleId", r.RuleId);
        w.WriteBoolean("met", r.Met);
        w.WriteString("kind", r.Kind switch { RuleKind.Moet => "MOET", RuleKind.Mag => "MAG", RuleKind.Advies => "ADVIES" });
        w.WriteString("severity", r.Severity switch { Severity.Error => "error", Severity.Warning => "warning", Severity.Info => "info" });
        w.WriteString("message", r.Message);
        w.WriteString("citation", r.Citation.Text);
        w.WriteString("source", r.Citation.Source.ToString());
        if (r.Field is not null)
        {
            w.WriteString("field", r.Field);
        }

        w.WriteEndObject();
    }

    public static string Naam(UitslagStatus status) => status switch
    {
        UitslagStatus.Geslaagd => "geslaagd",
        UitslagStatus.Afgewezen => "afgewezen",
        UitslagStatus.Onvolledig => "onvolledig",
        UitslagStatus.Ongeldig => "ongeldig",
    };

    private static void NumberOrNull(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void NumberOrNull(Utf8JsonWriter w, string name, int? value) =>
        NumberOrNull(w, name, value is { } v ? (decimal?)v : null);

}
