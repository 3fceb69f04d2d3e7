using System.Globalization;
using Leerwerk.Domain.Csv;

namespace Leerwerk.Domain.Leerbedrijven.Import;

/// <summary>
/// Reads a list of SBB-recognised companies as SBB's register export or Excel saves it: CSV with ';' or ',' as
/// separator (whichever the header uses; a quoted field may hold either), UTF-8 (with or without BOM) or Windows-1252, a header row naming the
/// columns of docs/import-leerbedrijven.md in any order. Every bad value is reported with row and column; one
/// error makes the whole list invalid, so an import is all or nothing.
/// </summary>
public static class ErkendeBedrijvenCsv
{
    // Header names as people write them, reduced to lower-case letters: "KvK-nummer" → "kvknummer".
    private static readonly Dictionary<string, string> Columns = new(StringComparer.Ordinal)
    {
        ["kvk"] = "kvk",
        ["kvknummer"] = "kvk",
        ["naam"] = "naam",
        ["bedrijfsnaam"] = "naam",
        ["leerbedrijf"] = "naam",
        ["sbbid"] = "sbb_id",
        ["sbbnummer"] = "sbb_id",
        ["leerbedrijfid"] = "sbb_id",
        ["straat"] = "straat",
        ["adres"] = "straat",
        ["postcode"] = "postcode",
        ["plaats"] = "plaats",
        ["woonplaats"] = "plaats",
        ["vestigingsplaats"] = "plaats",
        ["profiel"] = "profiel",
        ["vmboprofiel"] = "profiel",
        ["lwt"] = "lwt",
        ["leerwerktraject"] = "lwt",
        ["erkendop"] = "erkend_op",
        ["erkenningsdatum"] = "erkend_op",
        ["laatstebeoordeling"] = "laatste_beoordeling",
        ["beoordeeldop"] = "laatste_beoordeling",
    };

    private static readonly string[] Required = ["kvk", "naam", "profiel", "lwt", "erkend_op"];

    public static ImportResultaat Lees(ReadOnlySpan<byte> bytes)
    {
        var text = TextBytes.Decode(bytes);
        var records = CsvRecords.Read(text, CsvRecords.DetectSeparator(text));
        if (records.Count == 0)
        {
            return new ImportResultaat([], [ImportFout.Bestand("Het bestand is leeg.", ImportFoutCode.BestandOngeldig)]);
        }

        var header = records[0].Fields.Select(h => Columns.GetValueOrDefault(Normalize(h))).ToList();
        var errors = Required.Where(c => !header.Contains(c))
            .Select(c => new ImportFout(records[0].Line, c, $"De kolom '{c}' ontbreekt in de kopregel.", ImportFoutCode.KolomOntbreekt))
            .ToList();
        if (errors.Count > 0)
        {
            return new ImportResultaat([], errors);
        }

        var rows = new List<ImportRij>();
        var seen = new Dictionary<(string Kvk, string Profiel), int>();
        foreach (var record in records.Skip(1))
        {
            var fields = record.Fields;
            var row = record.Line;
            if (fields.Count != header.Count)
            {
                errors.Add(new ImportFout(row, null, string.Create(CultureInfo.InvariantCulture, $"de regel heeft {fields.Count} kolommen, de kopregel {header.Count}."), ImportFoutCode.AantalKolommen));
                continue;
            }

            var before = errors.Count;
            for (var j = 0; j < fields.Count; j++)
            {
                if (Stuurtekens.InCel(row, header[j] ?? records[0].Fields[j], fields[j]) is { } stuurteken)
                {
                    errors.Add(stuurteken);
                }
            }

            if (errors.Count > before)
            {
                continue;
            }

            var values = header.Select((c, j) => (c, v: fields[j])).Where(p => p.c is not null)
                .GroupBy(p => p.c!).ToDictionary(g => g.Key, g => g.First().v, StringComparer.Ordinal);
            var parsed = Row(row, values, errors);
            if (parsed is null)
            {
                continue;
            }

            if (seen.TryGetValue((parsed.KvkNumber, parsed.ProfielCode), out var first))
            {
                errors.Add(new ImportFout(row, "profiel", string.Create(CultureInfo.InvariantCulture, $"dit bedrijf staat met dit profiel al op regel {first}."), ImportFoutCode.ErkenningDubbel));
                continue;
            }

            seen[(parsed.KvkNumber, parsed.ProfielCode)] = row;
            rows.Add(parsed);
        }

        if (errors.Count == 0 && rows.Count == 0)
        {
            errors.Add(ImportFout.Bestand("Het bestand bevat alleen een kopregel, geen bedrijven.", ImportFoutCode.BestandZonderRegels));
        }

        return errors.Count > 0 ? new ImportResultaat([], errors) : new ImportResultaat(rows, []);
    }

    private static ImportRij? Row(int row, Dictionary<string, string> v, List<ImportFout> errors)
    {
        var before = errors.Count;
        var kvk = v["kvk"].Replace(" ", "", StringComparison.Ordinal);
        if (kvk.Length != 8 || !kvk.All(char.IsAsciiDigit))
        {
            errors.Add(new ImportFout(row, "kvk", $"'{v["kvk"]}' is geen KvK-nummer van 8 cijfers.", ImportFoutCode.KvkOngeldig));
        }

        var name = v["naam"];
        if (name.Length == 0)
        {
            errors.Add(new ImportFout(row, "naam", "de naam van het bedrijf ontbreekt.", ImportFoutCode.WaardeOntbreekt));
        }
        else if (name.Length > Tekstlengte.Standaard)
        {
            errors.Add(new ImportFout(row, "naam", Stuurtekens.TeLang("de naam", name.Length, Tekstlengte.Standaard), ImportFoutCode.WaardeTeLang));
        }

        var profiel = Profielen.Profielen.Parse(v["profiel"]);
        if (profiel is null)
        {
            errors.Add(new ImportFout(row, "profiel", $"'{v["profiel"]}' is geen vmbo-profiel (bijvoorbeeld ZW, BWI of Zorg en welzijn).", ImportFoutCode.ProfielOnbekend));
        }

        bool? lwt = v["lwt"].ToLowerInvariant() switch
        {
            "ja" or "j" or "1" or "true" or "waar" or "x" => true,
            "nee" or "n" or "0" or "false" or "onwaar" or "" => false,
            _ => null,
        };
        if (lwt is null)
        {
            errors.Add(new ImportFout(row, "lwt", $"'{v["lwt"]}' is geen ja of nee.", ImportFoutCode.JaNeeOngeldig));
        }

        var granted = Date(row, "erkend_op", v["erkend_op"], required: true, errors);
        var assessed = Date(row, "laatste_beoordeling", v.GetValueOrDefault("laatste_beoordeling") ?? "", required: false, errors);
        if (granted is { } g && assessed is { } a && a < g)
        {
            errors.Add(new ImportFout(row, "laatste_beoordeling", "de laatste beoordeling ligt vóór de datum van erkenning.", ImportFoutCode.DatumVolgorde));
        }

        foreach (var column in new[] { "sbb_id", "straat", "plaats" })
        {
            if (Optional(v, column) is { Length: > Tekstlengte.Standaard } tooLong)
            {
                errors.Add(new ImportFout(row, column, Stuurtekens.TeLang("de waarde", tooLong.Length, Tekstlengte.Standaard), ImportFoutCode.WaardeTeLang));
            }
        }

        var postcode = Optional(v, "postcode");
        if (postcode is not null && postcode.Length > 7)
        {
            errors.Add(new ImportFout(row, "postcode", $"'{postcode}' is geen postcode.", ImportFoutCode.PostcodeOngeldig));
        }

        return errors.Count > before
            ? null
            : new ImportRij(row, kvk, name, Optional(v, "sbb_id"), Optional(v, "straat"), postcode, Optional(v, "plaats"),
                profiel!.Code, lwt!.Value, granted!.Value, assessed);
    }

    private static DateOnly? Date(int row, string column, string text, bool required, List<ImportFout> errors)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                errors.Add(new ImportFout(row, column, "de datum ontbreekt.", ImportFoutCode.WaardeOntbreekt));
            }

            return null;
        }

        if (ImportDates.TryParse(text, out var date))
        {
            return date;
        }

        errors.Add(new ImportFout(row, column, $"'{text}' is geen datum (gebruik dd-mm-jjjj, bijvoorbeeld 15-01-2025).", ImportFoutCode.DatumOngeldig));
        return null;
    }

    private static string? Optional(Dictionary<string, string> v, string column) =>
        v.TryGetValue(column, out var value) && value.Length > 0 ? value : null;

    private static string Normalize(string header) =>
        new([.. header.Trim().ToLowerInvariant().Where(char.IsAsciiLetterLower)]);
}
