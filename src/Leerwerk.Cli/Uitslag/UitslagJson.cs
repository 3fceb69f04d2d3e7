using System.Collections.Concurrent;
using System.Text.Encodings.Web;
using System.Text.Json;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Rules;
using DomainUitslag = Leerwerk.Domain.Examens.Uitslag;

namespace Leerwerk.Cli.Uitslag;

/// <summary>
/// Writes the results as a compact JSON array, one object per candidate in input order (docs/uitslag.md).
/// Property names and citations are encoded once and reused: a school file repeats them on every row.
/// </summary>
internal static class UitslagJson
{
    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private static readonly JsonEncodedText Id = E("id"), Result = E("result"), AppliedRule = E("appliedRule"),
        FinalGrades = E("finalGrades"), Combinatiecijfer = E("combinatiecijfer"), CeAverage = E("ceAverage"),
        LeftOut = E("leftOut"), StillNeeded = E("stillNeeded"), Subject = E("subject"), Grade = E("grade"),
        Minimum = E("minimum"), Message = E("message"), Reasons = E("reasons"), RuleId = E("ruleId"), Met = E("met"),
        Kind = E("kind"), SeverityName = E("severity"), Citation = E("citation"), Source = E("source"), Field = E("field");

    private static readonly ConcurrentDictionary<LegalCitation, (JsonEncodedText Text, JsonEncodedText Source)> Citations =
        new(ReferenceEqualityComparer.Instance);

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
        w.WriteString(Id, u.KandidaatId);
        w.WriteString(Result, Naam(u.Status));
        w.WriteString(AppliedRule, u.ToegepasteRegeling == UitslagRegeling.Bb ? "bb" : "lwt");
        w.WriteStartObject(FinalGrades);
        foreach (var e in u.Eindcijfers)
        {
            w.WriteNumber(e.Vak, e.Cijfer);
        }

        w.WriteEndObject();
        NumberOrNull(w, Combinatiecijfer, u.Combinatiecijfer);
        NumberOrNull(w, CeAverage, u.CeGemiddelde is { } g ? Afronding.Afgekapt(g, 4) : null);
        w.WriteStartArray(LeftOut);
        foreach (var naam in u.LeftOut)
        {
            w.WriteStringValue(naam);
        }

        w.WriteEndArray();
        w.WriteStartArray(StillNeeded);
        foreach (var n in u.NogNodig)
        {
            w.WriteStartObject();
            w.WriteString(Subject, n.Vak);
            w.WriteString(Grade, n.Cijfer switch { NogNodigCijfer.Se => "se", NogNodigCijfer.Ce => "ce", NogNodigCijfer.SeEnCe => "se+ce" });
            NumberOrNull(w, Minimum, n.Minimum);
            w.WriteString(Message, n.Message);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray(Reasons);
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
        w.WriteString(RuleId, r.RuleId);
        w.WriteBoolean(Met, r.Met);
        w.WriteString(Kind, r.Kind switch { RuleKind.Moet => "MOET", RuleKind.Mag => "MAG", RuleKind.Advies => "ADVIES" });
        w.WriteString(SeverityName, r.Severity switch { Severity.Error => "error", Severity.Warning => "warning", Severity.Info => "info" });
        w.WriteString(Message, r.Message);
        var (text, source) = Citations.GetOrAdd(r.Citation, c => (E(c.Text), E(c.Source.ToString())));
        w.WriteString(Citation, text);
        w.WriteString(Source, source);
        if (r.Field is not null)
        {
            w.WriteString(Field, r.Field);
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

    private static JsonEncodedText E(string value) => JsonEncodedText.Encode(value, JavaScriptEncoder.UnsafeRelaxedJsonEscaping);

    private static void NumberOrNull(Utf8JsonWriter w, JsonEncodedText name, decimal? value)
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

    private static void NumberOrNull(Utf8JsonWriter w, JsonEncodedText name, int? value)
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
}
