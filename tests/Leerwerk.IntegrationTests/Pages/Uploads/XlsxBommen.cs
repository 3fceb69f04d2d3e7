using System.IO.Compression;
using System.Text;
using Leerwerk.IntegrationTests.Pages.Leerlingen;

namespace Leerwerk.IntegrationTests.Pages.Uploads;

/// <summary>
/// Small workbooks whose worksheet inflates far beyond what they weigh, made at run time: a well-formed workbook of
/// <see cref="LasBestanden.Xlsx"/> whose sheet part is replaced. Each is built once; deflating 200 MB takes a second.
/// The zip declares the true sizes; <see cref="Leugen"/> declares 1 kB for its 200 MB sheet.
/// </summary>
internal static class XlsxBommen
{
    public const int Megabytes = 200;

    private const string Kop = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>";

    private const string Staart = "</sheetData></worksheet>";

    private static readonly Lazy<byte[]> EenCelValue = new(() => Maak(w =>
    {
        w.Write("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>");
        Herhaal(w, new string('x', 64 * 1024), 15);
        w.Write("</t></is></c></row>");
    }));

    private static readonly Lazy<byte[]> VeleRijenValue = new(() => Maak(w =>
    {
        // Without row numbers every row is the same bytes, which deflate to almost nothing.
        for (var rij = 0; rij < 150_000; rij++)
        {
            w.Write("<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>");
        }
    }));

    private static readonly Lazy<byte[]> WitruimteValue = new(() => Maak(w => Herhaal(w, new string(' ', 64 * 1024), Megabytes)));

    private static readonly Lazy<byte[]> LeugenValue = new(() => LiegOverGrootte(Witruimte));

    /// <summary>One inline string of 15 MB, under the unpacked limit: over the cell length.</summary>
    public static byte[] EenCel => EenCelValue.Value;

    /// <summary>150 000 one-cell rows (7 MB unpacked): over the number of rows.</summary>
    public static byte[] VeleRijen => VeleRijenValue.Value;

    /// <summary>200 MB of white space between the tags: no row, no cell, only bytes to unpack.</summary>
    public static byte[] Witruimte => WitruimteValue.Value;

    /// <summary><see cref="Witruimte"/> with 1 kB written as the unpacked size of every part.</summary>
    public static byte[] Leugen => LeugenValue.Value;

    public static byte[] Get(string soort) => soort switch
    {
        nameof(EenCel) => EenCel,
        nameof(VeleRijen) => VeleRijen,
        nameof(Leugen) => Leugen,
        _ => Witruimte,
    };

    /// <summary>
    /// Writes 1024 as the uncompressed size of every large entry, in the local headers and in the central directory:
    /// the sizes a zip reader trusts, and the ones an attacker writes.
    /// </summary>
    private static byte[] LiegOverGrootte(byte[] zip)
    {
        var bytes = (byte[])zip.Clone();
        for (var i = 0; i + 46 < bytes.Length; i++)
        {
            var plek = BitConverter.ToUInt32(bytes, i) switch
            {
                0x04034b50 => 22, // local file header: uncompressed size at offset 22
                0x02014b50 => 24, // central directory header: uncompressed size at offset 24
                _ => -1,
            };
            if (plek > 0 && BitConverter.ToUInt32(bytes, i + plek) > 1024 * 1024)
            {
                BitConverter.GetBytes(1024u).CopyTo(bytes, i + plek);
            }
        }

        return bytes;
    }

    private static void Herhaal(StreamWriter writer, string stuk, int megabytes)
    {
        for (var i = 0; i < megabytes * 1024 / 64; i++)
        {
            writer.Write(stuk);
        }
    }

    private static byte[] Maak(Action<StreamWriter> inhoud)
    {
        var werkmap = LasBestanden.Xlsx(["Stamnummer", "Voornaam"], ["123", "Fenna"]);
        using var stream = new MemoryStream();
        stream.Write(werkmap);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var blad = zip.Entries.Single(e => e.FullName.Contains("worksheets/", StringComparison.Ordinal));
            var naam = blad.FullName;
            blad.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(naam, CompressionLevel.SmallestSize).Open(), new UTF8Encoding(false), 1 << 16);
            writer.Write(Kop);
            inhoud(writer);
            writer.Write(Staart);
        }

        return stream.ToArray();
    }
}
