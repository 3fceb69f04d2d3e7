using System.Globalization;
using Leerwerk.Domain.Csv;

namespace Leerwerk.Domain.Examens.Invoer;

/// <summary>
/// Reads a school's LAS export: one row per candidate × subject, ';' between fields, decimal commas,
/// a header row naming the columns (docs/uitslag.md); a quoted field may hold a ';' (<see cref="CsvRecords"/>). A malformed row gives a Dutch message with its
/// row and column; the whole file is then refused (exit code 2).
/// </summary>
internal static class CsvInvoer
{
    public static readonly string[] Kolommen = ["kandidaat", "leerweg", "vak", "soort", "deel", "se", "ce", "ce_herkansing", "lo", "kunstvakken"];
    private static readonly string[] Verplicht = ["kandidaat", "leerweg", "vak", "soort"];

    public static LeesResultaat Lees(string tekst)
    {
        var records = CsvRecords.Read(tekst, ';');
        var kop = records.Count == 0 ? [] : records[0].Fields.Select(k => k.ToLowerInvariant()).ToList();
        var ontbreekt = Verplicht.Where(k => !kop.Contains(k)).ToList();
        if (ontbreekt.Count > 0)
        {
            return LeesResultaat.Onleesbaar(new ImportFout(1, null,
                $"de kopregel mist de kolom(men) {string.Join(", ", ontbreekt)}. Verwacht: {string.Join(';', Kolommen)}.", ImportFoutCode.KolomOntbreekt));
        }

        var kandidaten = new Dictionary<string, RuweKandidaat>(StringComparer.Ordinal);
        foreach (var record in records.Skip(1))
        {
            var velden = record.Fields;
            var nummer = record.Line;
            if (velden.Count != kop.Count)
            {
                return LeesResultaat.Onleesbaar(new ImportFout(nummer, null, string.Create(Nl.Culture,
                    $"{velden.Count} velden gevonden, de kopregel heeft er {kop.Count} (scheidingsteken ';')."), ImportFoutCode.AantalKolommen));
            }

            var fout = Rij(new CsvRij(kop, velden, nummer), kandidaten);
            if (fout is not null)
            {
                return LeesResultaat.Onleesbaar(fout);
            }
        }

        return new LeesResultaat([.. kandidaten.Values.Select(k => k.Bouw())], null);
    }

    private static ImportFout? Rij(CsvRij rij, Dictionary<string, RuweKandidaat> kandidaten)
    {
        var id = rij["kandidaat"];
        if (string.IsNullOrWhiteSpace(id))
        {
            return rij.Fout("kandidaat", "het kandidaatnummer is leeg.", ImportFoutCode.WaardeOntbreekt);
        }

        if (!kandidaten.TryGetValue(id, out var kandidaat))
        {
            kandidaat = new RuweKandidaat(id);
            kandidaten.Add(id, kandidaat);
        }

        var fout = Eens(rij, "leerweg", kandidaat.Route, v => kandidaat.Route = v)
            ?? Eens(rij, "lo", kandidaat.Lo, v => kandidaat.Lo = v)
            ?? Eens(rij, "kunstvakken", kandidaat.Kunstvakken, v => kandidaat.Kunstvakken = v);
        if (fout is not null)
        {
            return fout;
        }

        decimal? se = null, ce = null, resit = null;
        fout = Getal(rij, "se", out se) ?? Getal(rij, "ce", out ce) ?? Getal(rij, "ce_herkansing", out resit);
        if (fout is not null)
        {
            return fout;
        }

        var plaats = string.Create(Nl.Culture, $"regel {rij.Nummer}");
        kandidaat.Vakken.Add(new RuwVak(rij["vak"], rij["soort"], NullIfEmpty(rij["deel"]), se, ce, resit, plaats));
        return null;
    }

    /// <summary>Candidate-wide columns repeat on every row; a different non-empty value is an error.</summary>
    private static ImportFout? Eens(CsvRij rij, string kolom, string? huidig, Action<string> zet)
    {
        var waarde = NullIfEmpty(rij[kolom]);
        if (waarde is null)
        {
            return null;
        }

        if (huidig is not null && !string.Equals(huidig, waarde, StringComparison.OrdinalIgnoreCase))
        {
            return rij.Fout(kolom, $"'{waarde}' wijkt af van '{huidig}' op een eerdere regel van deze kandidaat.", ImportFoutCode.WaardeTegenstrijdig);
        }

        zet(waarde);
        return null;
    }

    private static ImportFout? Getal(CsvRij rij, string kolom, out decimal? getal)
    {
        getal = null;
        var tekst = NullIfEmpty(rij[kolom]);
        if (tekst is null)
        {
            return null;
        }

        if (decimal.TryParse(tekst.Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var waarde))
        {
            getal = waarde;
            return null;
        }

        return rij.Fout(kolom, $"'{tekst}' is geen cijfer; schrijf bijvoorbeeld 6,4.", ImportFoutCode.CijferOngeldig);
    }

    private static string? NullIfEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
