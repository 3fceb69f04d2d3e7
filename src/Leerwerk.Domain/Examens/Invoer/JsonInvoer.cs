using System.Globalization;
using System.Text.Json;

namespace Leerwerk.Domain.Examens.Invoer;

/// <summary>
/// Reads the JSON input: an array of candidates (docs/uitslag.md). Numbers are read as decimal straight
/// from the text, never through double. A file that is not JSON gives one Dutch message with line and position;
/// the whole file is parsed (and so checked) first, the candidates are mapped as they are read (<see cref="JsonKandidaten"/>).
/// </summary>
internal static class JsonInvoer
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    public static LeesResultaat Lees(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException ex)
        {
            return LeesResultaat.Onleesbaar(string.Create(Nl.Culture,
                $"Het bestand is geen leesbare JSON: regel {(ex.LineNumber ?? 0) + 1}, positie {(ex.BytePositionInLine ?? 0) + 1}."));
        }

        if (doc.RootElement.ValueKind != JsonValueKind.Array)
        {
            doc.Dispose();
            return LeesResultaat.Onleesbaar("Het bestand moet een JSON-array van kandidaten zijn ([ { \"id\": …, \"route\": …, \"subjects\": [ … ] } ]).");
        }

        return new LeesResultaat(new JsonKandidaten(doc.RootElement), null);
    }

    /// <summary>Maps one element of the array; <paramref name="index"/> names it when it is not an object.</summary>
    public static KandidaatInvoer Kandidaat(JsonElement element, int index)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            var id = string.Create(CultureInfo.InvariantCulture, $"[{index}]");
            return new KandidaatInvoer(id, UitslagRegeling.Bb, null,
                [UitslagRegels.OngeldigeInvoer(id, "een kandidaat moet een JSON-object zijn.")]);
        }

        var ruw = new RuweKandidaat(Tekst(element, "id") ?? string.Empty)
        {
            Route = Tekst(element, "route"),
            Lo = Tekst(element, "lo"),
            Kunstvakken = Tekst(element, "kunstvakken"),
        };
        if (!element.TryGetProperty("subjects", out var subjects) || subjects.ValueKind != JsonValueKind.Array)
        {
            ruw.Fouten.Add(UitslagRegels.OngeldigeInvoer("subjects", "moet een array van vakken zijn."));
            return ruw.Bouw();
        }

        var i = 0;
        foreach (var vak in subjects.EnumerateArray())
        {
            var nummer = i++;
            if (vak.ValueKind != JsonValueKind.Object)
            {
                ruw.Fouten.Add(UitslagRegels.OngeldigeInvoer(Pad(nummer), "een vak moet een JSON-object zijn."));
                continue;
            }

            ruw.Vakken.Add(new RuwVak(
                Tekst(vak, "name"),
                Tekst(vak, "kind"),
                Tekst(vak, "part"),
                Getal(vak, "se", nummer, ruw.Fouten),
                Getal(vak, "ce", nummer, ruw.Fouten),
                Getal(vak, "ceResit", nummer, ruw.Fouten)));
        }

        return ruw.Bouw();
    }

    /// <summary>A string property; a number (e.g. a numeric id) is taken as its text; null when absent or null.</summary>
    private static string? Tekst(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) ? value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            JsonValueKind.True or JsonValueKind.False => value.GetRawText(),
            _ => null,
        } : null;

    private static string Pad(int index) => string.Create(CultureInfo.InvariantCulture, $"subjects[{index}]");

    private static decimal? Getal(JsonElement element, string name, int index, List<UitslagReden> fouten)
    {
        if (!element.TryGetProperty(name, out var value) || value.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
        {
            return number;
        }

        fouten.Add(UitslagRegels.OngeldigeInvoer($"{Pad(index)}.{name}", $"{value.GetRawText()} is geen getal; gebruik een getal (6.4) of null."));
        return null;
    }
}
