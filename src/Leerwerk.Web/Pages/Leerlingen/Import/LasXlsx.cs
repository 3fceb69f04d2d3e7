using System.Globalization;
using System.Xml;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerlingen.Import;
using Leerwerk.Web.Infrastructure.Import;

namespace Leerwerk.Web.Pages.Leerlingen.Import;

/// <summary>
/// Reads the first worksheet of an XLSX export (Magister, Somtoday, or saved from Excel) into a
/// <see cref="LasTabel"/>: shared and inline strings, numbers, and date serials in a date-formatted cell
/// written as dd-mm-jjjj, so the same rules read CSV and XLSX. Read streaming, part by part (<see cref="XlsxPakket"/>),
/// with the rows, cells and cell length held to <see cref="XlsxLimieten"/> while reading. Lives in Web because the domain has no packages.
/// </summary>
public static class LasXlsx
{
    // Built-in number formats that show a date (ECMA-376 part 1, 18.8.30).
    private static readonly HashSet<uint> DatumFormaten = [14, 15, 16, 17, 22, 27, 30, 36, 45, 46, 47, 50, 57];

    /// <summary>
    /// The table, or the Dutch reason naming <paramref name="fileName"/> why it was not read: a workbook over one of
    /// the <paramref name="limieten"/> (counted while unpacking, <see cref="XlsxPakket"/>) or bytes that are no readable workbook.
    /// </summary>
    public static (LasTabel? Tabel, string? Fout) Lees(byte[] bytes, string fileName, XlsxLimieten? limieten = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var pakket = XlsxPakket.Open(bytes, limieten ?? new XlsxLimieten());
            return LeesWerkmap(pakket) is { } tabel ? (tabel, null) : (null, XlsxPakket.OnleesbaarMessage(fileName));
        }
        catch (XlsxGrensException e)
        {
            return (null, e.Bericht(fileName));
        }
        catch (Exception e) when (e is InvalidDataException or XmlException or IOException or ArgumentException or FormatException)
        {
            return (null, XlsxPakket.OnleesbaarMessage(fileName));
        }
    }

    private static LasTabel? LeesWerkmap(XlsxPakket pakket)
    {
        if (XlsxPakket.Doel(pakket.Relaties(string.Empty), "/officeDocument") is not { } werkmap)
        {
            return null;
        }

        var relaties = pakket.Relaties(werkmap);
        if (EersteBlad(pakket, werkmap) is not { } id || !relaties.TryGetValue(id, out var blad) || !blad.Type.EndsWith("/worksheet", StringComparison.Ordinal))
        {
            return null;
        }

        var teksten = XlsxPakket.Doel(relaties, "/sharedStrings") is { } gedeeld ? GedeeldeTeksten(pakket, gedeeld) : [];
        var datumStijlen = XlsxPakket.Doel(relaties, "/styles") is { } stijlen ? DatumStijlen(pakket, stijlen) : [];
        var rijen = LeesRijen(pakket, blad.Doel, teksten, datumStijlen);
        if (rijen is null)
        {
            return null;
        }

        if (rijen.Count == 0)
        {
            return new LasTabel([], []);
        }

        return new LasTabel(rijen[0].Waarden, [.. rijen.Skip(1).Select(r => new LasRij(r.Regel, r.Waarden))]);
    }

    /// <summary>The relationship id of the workbook's first sheet.</summary>
    private static string? EersteBlad(XlsxPakket pakket, string werkmap)
    {
        using var reader = pakket.Lees(werkmap);
        while (reader?.Read() == true)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "sheet" && reader.MoveToFirstAttribute())
            {
                do
                {
                    if (XlsxPakket.IsRelatieAttribuut(reader))
                    {
                        return reader.Value;
                    }
                }
                while (reader.MoveToNextAttribute());
            }
        }

        return null;
    }

    private static List<string> GedeeldeTeksten(XlsxPakket pakket, string onderdeel)
    {
        var teksten = new List<string>();
        using var reader = pakket.Lees(onderdeel);
        while (reader?.Read() == true)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "si")
            {
                if (teksten.Count >= pakket.Limieten.MaxCellen)
                {
                    throw TeveelCellen(pakket.Limieten);
                }

                teksten.Add(XlsxTekst.LeesRijk(reader, pakket.Limieten, teksten.Count + 1, isGedeeld: true));
            }
        }

        return teksten;
    }

    /// <summary>The worksheet's rows that hold a value, with their row number; null when the part is missing.</summary>
    private static List<(int Regel, List<string> Waarden)>? LeesRijen(XlsxPakket pakket, string onderdeel, List<string> teksten, HashSet<uint> datumStijlen)
    {
        using var reader = pakket.Lees(onderdeel);
        if (reader is null)
        {
            return null;
        }

        var limieten = pakket.Limieten;
        var rijen = new List<(int Regel, List<string> Waarden)>();
        var aantalRijen = 0;
        var aantalCellen = 0;
        List<string>? waarden = null;
        var regel = 0;
        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "row")
            {
                if (++aantalRijen > limieten.MaxRijen)
                {
                    throw new XlsxGrensException(naam => $"Het bestand ‘{naam}’ heeft meer dan {Nl.Amount(limieten.MaxRijen)} rijen; zo’n werkmap leest Leerwerk niet in. Splits het in kleinere bestanden.");
                }

                regel = int.TryParse(reader.GetAttribute("r"), CultureInfo.InvariantCulture, out var index) ? index : rijen.Count + 1;
                waarden = [];
                if (reader.IsEmptyElement)
                {
                    waarden = null;
                }
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "c" && waarden is not null)
            {
                if (++aantalCellen > limieten.MaxCellen)
                {
                    throw TeveelCellen(limieten);
                }

                var kolom = KolomIndex(reader.GetAttribute("r")) ?? waarden.Count;
                var soort = reader.GetAttribute("t");
                uint? stijl = uint.TryParse(reader.GetAttribute("s"), CultureInfo.InvariantCulture, out var s) ? s : null;
                var (waarde, inline) = XlsxTekst.LeesCel(reader, limieten, regel);
                while (waarden.Count < kolom)
                {
                    waarden.Add(string.Empty);
                }

                waarden.Add(Waarde(soort, waarde, inline, stijl, teksten, datumStijlen));
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "row" && waarden is not null)
            {
                if (waarden.Any(w => !string.IsNullOrWhiteSpace(w)))
                {
                    rijen.Add((regel, waarden));
                }

                waarden = null;
            }
        }

        return rijen;
    }

    private static XlsxGrensException TeveelCellen(XlsxLimieten limieten) =>
        new(naam => $"Het bestand ‘{naam}’ heeft meer dan {Nl.Amount(limieten.MaxCellen)} cellen; zo’n werkmap leest Leerwerk niet in. Sla alleen het werkblad met de gegevens op en probeer opnieuw.");

    private static string Waarde(string? soort, string tekst, string? inline, uint? stijl, List<string> teksten, HashSet<uint> datumStijlen)
    {
        if (soort == "s")
        {
            return int.TryParse(tekst, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < teksten.Count ? teksten[i] : string.Empty;
        }

        if (soort == "inlineStr")
        {
            return inline ?? string.Empty;
        }

        if (soort is null or "n")
        {
            if (!double.TryParse(tekst, NumberStyles.Float, CultureInfo.InvariantCulture, out var getal))
            {
                return tekst;
            }

            if (stijl is { } index && datumStijlen.Contains(index) && getal is >= 1 and < 2958466)
            {
                return DateTime.FromOADate(getal).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
            }

            return getal.ToString(CultureInfo.InvariantCulture);
        }

        return tekst;
    }

    /// <summary>The indexes of the cell formats (the s attribute of a cell) that show a date.</summary>
    private static HashSet<uint> DatumStijlen(XlsxPakket pakket, string onderdeel)
    {
        var eigen = new HashSet<uint>();
        var result = new HashSet<uint>();
        var index = 0u;
        var inCelFormaten = false;
        using var reader = pakket.Lees(onderdeel);
        while (reader?.Read() == true)
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "numFmt"
                && uint.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var eigenId) && IsDatumCode(reader.GetAttribute("formatCode")))
            {
                eigen.Add(eigenId);
            }
            else if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "cellXfs")
            {
                inCelFormaten = !reader.IsEmptyElement;
            }
            else if (reader.NodeType == XmlNodeType.EndElement && reader.LocalName == "cellXfs")
            {
                inCelFormaten = false;
            }
            else if (inCelFormaten && reader.NodeType == XmlNodeType.Element && reader.LocalName == "xf")
            {
                var id = uint.TryParse(reader.GetAttribute("numFmtId"), CultureInfo.InvariantCulture, out var i) ? i : 0;
                if (DatumFormaten.Contains(id) || eigen.Contains(id))
                {
                    result.Add(index);
                }

                index++;
            }
        }

        return result;
    }

    // A custom format is a date when it has day, month or year letters outside quoted text and [colour] parts.
    private static bool IsDatumCode(string? code)
    {
        if (string.IsNullOrEmpty(code))
        {
            return false;
        }

        var zonderTekst = System.Text.RegularExpressions.Regex.Replace(code, "\"[^\"]*\"|\\[[^\\]]*\\]", string.Empty);
        return zonderTekst.Any(c => c is 'd' or 'D' or 'y' or 'Y' or 'j' or 'J');
    }

    /// <summary>"C7" → 2 (zero-based); null without a reference.</summary>
    private static int? KolomIndex(string? referentie)
    {
        if (string.IsNullOrEmpty(referentie))
        {
            return null;
        }

        var index = 0;
        foreach (var c in referentie.TakeWhile(char.IsLetter))
        {
            index = (index * 26) + (char.ToUpperInvariant(c) - 'A' + 1);
        }

        return index - 1;
    }
}
