using System.IO.Compression;
using Leerwerk.Domain;

namespace Leerwerk.Web.Infrastructure.Import;

/// <summary>
/// The check every XLSX upload passes before an OOXML reader opens it. An XLSX is a zip, and the upload limit
/// counts only compressed bytes: a 200 kB file can hold a 200 MB text cell that the reader would build in memory.
/// The sizes the zip declares for its parts are read from its directory without inflating anything.
/// </summary>
public static class XlsxPakket
{
    /// <summary>The most the parts of one workbook may hold unpacked; a school's LAS export is far below it.</summary>
    public const long MaxUncompressedBytes = 20L * 1024 * 1024;

    /// <summary>The most parts one workbook may have; Excel writes about a dozen.</summary>
    public const int MaxEntries = 500;

    /// <summary>Null when the workbook may be read, else the Dutch reason naming <paramref name="fileName"/>.</summary>
    public static string? Controleer(byte[] bytes, string fileName)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        try
        {
            using var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
            if (zip.Entries.Count > MaxEntries)
            {
                return TeGrootMessage(fileName);
            }

            long total = 0;
            foreach (var entry in zip.Entries)
            {
                total += entry.Length;
                if (entry.Length > MaxUncompressedBytes || total > MaxUncompressedBytes)
                {
                    return TeGrootMessage(fileName);
                }
            }

            return null;
        }
        catch (InvalidDataException)
        {
            return OnleesbaarMessage(fileName);
        }
    }

    /// <summary>The message for a file that is no workbook, or whose parts cannot be read.</summary>
    public static string OnleesbaarMessage(string fileName) =>
        $"Het bestand ‘{fileName}’ is geen leesbaar Excel-bestand (.xlsx). Sla het op als .xlsx of .csv en probeer opnieuw.";

    private static string TeGrootMessage(string fileName) =>
        $"Het bestand ‘{fileName}’ bevat uitgepakt meer dan {Nl.Number(MaxUncompressedBytes / (1024 * 1024))} MB aan gegevens; zo’n werkmap leest Leerwerk niet in. Sla alleen het werkblad met de leerlingen op als .xlsx of .csv en probeer opnieuw.";
}
