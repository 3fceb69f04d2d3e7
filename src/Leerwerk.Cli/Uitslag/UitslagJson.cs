using System.Text.Encodings.Web;
using System.Text.Json;
using Leerwerk.Domain;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Rules;
using DomainUitslag = Leerwerk.Domain.Examens.Uitslag;

namespace Leerwerk.Cli.Uitslag;

/// <summary>
/// Writes the results as a compact JSON array, one object per candidate in input order (docs/uitslag.md).
/// Property names and citations are encoded once and reused: a school file repeats them on every row; so are whole
/// reasons that the engine shares among candidates (<see cref="RedenCache"/>).
/// </summary>
internal static class UitslagJson
{
    private const int FlushAt = 64 * 1024;

    private static readonly JsonWriterOptions Options = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    private static readonly JsonEncodedText Id = E("id"), Result = E("result"), AppliedRule = E("appliedRule"),
        FinalGrades = E("finalGrades"), Combinatiecijfer = E("combinatiecijfer"), CeAverage = E("ceAverage"),
        LeftOut = E("leftOut"), StillNeeded = E("stillNeeded"), Subject = E("subject"), Grade = E("grade"),
        Minimum = E("minimum"), Message = E("message"), Reasons = E("reasons"), RuleId = E("ruleId"), Met = E("met"),
        Kind = E("kind"), SeverityName = E("severity"), Citation = E("citation"), Field = E("field");

    private static readonly JsonEncodedText Bb = E("bb"), Lwt = E("lwt"), Moet = E("MOET"), Mag = E("MAG"), Advies = E("ADVIES"),
        Error = E("error"), Warning = E("warning"), Info = E("info");

    private static readonly JsonEncodedText Geslaagd = E("geslaagd"), Afgewezen = E("afgewezen"), Onvolledig = E("onvolledig"), Ongeldig = E("ongeldig");

    private static readonly Memo<string, JsonEncodedText> Encoded = new(10_000, E, StringComparer.Ordinal);

    /// <summary>Keyed on the citation's identity (finer than its value): the engine has one instance per rule id.</summary>
    private static readonly Memo<LegalCitation, JsonEncodedText> Citations = new(10_000, static c => E(c.Text), ReferenceEqualityComparer.Instance);

    public static void Schrijf(Stream stream, IEnumerable<DomainUitslag> uitslagen)
    {
        using var writer = new Utf8JsonWriter(stream, Options);
        var redenen = new RedenCache(Options, Reden);
        writer.WriteStartArray();
        foreach (var uitslag in uitslagen)
        {
            Schrijf(writer, uitslag, redenen);
            if (writer.BytesPending > FlushAt)
            {
                writer.Flush();
            }
        }

        writer.WriteEndArray();
    }

    private static void Schrijf(Utf8JsonWriter w, DomainUitslag u, RedenCache redenen)
    {
        w.WriteStartObject();
        w.WriteString(Id, u.KandidaatId);
        w.WriteString(Result, u.Status switch
        {
            UitslagStatus.Geslaagd => Geslaagd,
            UitslagStatus.Afgewezen => Afgewezen,
            UitslagStatus.Onvolledig => Onvolledig,
            UitslagStatus.Ongeldig => Ongeldig,
        });
        w.WriteString(AppliedRule, u.ToegepasteRegeling == UitslagRegeling.Bb ? Bb : Lwt);
        w.WriteStartObject(FinalGrades);
        foreach (var e in u.Eindcijfers)
        {
            w.WriteNumber(Herhaald(e.Vak), e.Cijfer);
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
        for (var i = 0; i < u.Redenen.Count; i++)
        {
            redenen.Schrijf(w, u.Redenen[i]);
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }

    private static void Reden(Utf8JsonWriter w, UitslagReden r)
    {
        w.WriteStartObject();
        w.WriteString(RuleId, Herhaald(r.RuleId));
        w.WriteBoolean(Met, r.Met);
        w.WriteString(Kind, r.Kind switch { RuleKind.Moet => Moet, RuleKind.Mag => Mag, RuleKind.Advies => Advies });
        w.WriteString(SeverityName, r.Severity switch { Severity.Error => Error, Severity.Warning => Warning, Severity.Info => Info });
        w.WriteString(Message, r.Message);
        w.WriteString(Citation, Citations[r.Citation]);
        if (r.Field is not null)
        {
            w.WriteString(Field, r.Field);
        }

        w.WriteEndObject();
    }

    /// <summary>Subject names and rule ids recur on every candidate: encode each once (a school has a few hundred at most).</summary>
    private static JsonEncodedText Herhaald(string value) => Encoded[value];

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
