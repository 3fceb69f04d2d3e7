using System.IO.Compression;
using System.Xml;
using Leerwerk.Domain;

namespace Leerwerk.Web.Infrastructure.Import;

/// <summary>
/// One uploaded workbook opened as the zip it is, read part by part with <see cref="XmlReader"/>: nothing is loaded
/// whole, and every byte that comes out of the inflater is counted against <see cref="XlsxLimieten.MaxUitgepaktBytes"/>
/// (<see cref="BegrensdeStroom"/>). A 200 kB file that unpacks to 200 MB stops after the limit, having used about as
/// much memory as the limit. The package's own structure (content types, relationships) is checked on the way:
/// a broken zip or part gives <see cref="XmlException"/> or <see cref="InvalidDataException"/>, which the caller
/// turns into <see cref="OnleesbaarMessage"/>.
/// </summary>
public sealed class XlsxPakket : IDisposable
{
    private const string RelatieNamespaceDeel = "/relationships";

    private static readonly XmlReaderSettings XmlSettings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        CloseInput = true,
    };

    private readonly ZipArchive zip;
    private readonly Dictionary<string, ZipArchiveEntry> onderdelen;
    private long uitgepakt;

    private XlsxPakket(ZipArchive zip, XlsxLimieten limieten)
    {
        this.zip = zip;
        Limieten = limieten;
        onderdelen = new Dictionary<string, ZipArchiveEntry>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in zip.Entries)
        {
            onderdelen.TryAdd(entry.FullName.TrimStart('/'), entry);
        }
    }

    public XlsxLimieten Limieten { get; }

    /// <summary>
    /// Opens the zip and checks its content types; throws <see cref="XlsxGrensException"/> for too many parts and
    /// <see cref="InvalidDataException"/> or <see cref="XmlException"/> for bytes that are no OOXML package.
    /// </summary>
    public static XlsxPakket Open(byte[] bytes, XlsxLimieten limieten)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        ArgumentNullException.ThrowIfNull(limieten);
        var zip = new ZipArchive(new MemoryStream(bytes, writable: false), ZipArchiveMode.Read);
        try
        {
            // The declared sizes cost nothing to check and stop an honest giant at once; a lying one is stopped while reading.
            if (zip.Entries.Count > limieten.MaxOnderdelen || !PastGemeld(zip, limieten.MaxUitgepaktBytes))
            {
                throw new XlsxGrensException(naam => TeGrootMessage(naam, limieten));
            }

            var pakket = new XlsxPakket(zip, limieten);
            pakket.ControleerContentTypes();
            return pakket;
        }
        catch
        {
            zip.Dispose();
            throw;
        }
    }

    /// <summary>A reader over the part, or null when the package has no such part.</summary>
    public XmlReader? Lees(string onderdeel)
    {
        if (!onderdelen.TryGetValue(onderdeel, out var entry))
        {
            return null;
        }

        return XmlReader.Create(new BegrensdeStroom(entry.Open(), this), XmlSettings);
    }

    /// <summary>The relationships of a part ("" for the package): id → (type, the target's part name).</summary>
    public IReadOnlyDictionary<string, (string Type, string Doel)> Relaties(string onderdeel)
    {
        var slash = onderdeel.LastIndexOf('/');
        var relsNaam = $"{onderdeel[..(slash + 1)]}_rels/{onderdeel[(slash + 1)..]}.rels";
        var result = new Dictionary<string, (string, string)>(StringComparer.Ordinal);
        using var reader = Lees(relsNaam);
        if (reader is null)
        {
            return result;
        }

        while (reader.Read())
        {
            if (reader.NodeType == XmlNodeType.Element && reader.LocalName == "Relationship"
                && reader.GetAttribute("Id") is { } id && reader.GetAttribute("Type") is { } type && reader.GetAttribute("Target") is { } doel
                && reader.GetAttribute("TargetMode") is not "External")
            {
                result.TryAdd(id, (type, Resolve(onderdeel, Uri.UnescapeDataString(doel))));
            }
        }

        return result;
    }

    /// <summary>The target of the first relationship whose type ends in <paramref name="soort"/> ("/styles").</summary>
    public static string? Doel(IReadOnlyDictionary<string, (string Type, string Doel)> relaties, string soort)
    {
        ArgumentNullException.ThrowIfNull(relaties);
        return relaties.Values.FirstOrDefault(r => r.Type.EndsWith(soort, StringComparison.Ordinal)).Doel;
    }

    /// <summary>True for an attribute in one of the relationship namespaces (transitional or strict OOXML).</summary>
    public static bool IsRelatieAttribuut(XmlReader reader)
    {
        ArgumentNullException.ThrowIfNull(reader);
        return reader.LocalName == "id" && reader.NamespaceURI.EndsWith(RelatieNamespaceDeel, StringComparison.Ordinal);
    }

    /// <summary>The message for a file that is no workbook, or whose parts cannot be read.</summary>
    public static string OnleesbaarMessage(string fileName) =>
        $"Het bestand ‘{fileName}’ is geen leesbaar Excel-bestand (.xlsx). Sla het op als .xlsx of .csv en probeer opnieuw.";

    public static string TeGrootMessage(string fileName, XlsxLimieten limieten)
    {
        ArgumentNullException.ThrowIfNull(limieten);
        return $"Het bestand ‘{fileName}’ bevat uitgepakt meer dan {Nl.Number(limieten.MaxUitgepaktBytes / (1024 * 1024))} MB aan gegevens; zo’n werkmap leest Leerwerk niet in. Sla alleen het werkblad met de gegevens op als .xlsx of .csv en probeer opnieuw.";
    }

    public void Dispose() => zip.Dispose();

    /// <summary>Counts bytes that came out of the inflater; stops the reading when the workbook's budget is spent.</summary>
    internal void Verbruik(int bytes)
    {
        uitgepakt += bytes;
        if (uitgepakt > Limieten.MaxUitgepaktBytes)
        {
            var limieten = Limieten;
            throw new XlsxGrensException(naam => TeGrootMessage(naam, limieten));
        }
    }

    private static bool PastGemeld(ZipArchive zip, long max)
    {
        long totaal = 0;
        foreach (var entry in zip.Entries)
        {
            totaal += entry.Length;
            if (entry.Length > max || totaal > max)
            {
                return false;
            }
        }

        return true;
    }

    // "worksheets/sheet1.xml" from "xl/workbook.xml" is "xl/worksheets/sheet1.xml"; "/xl/…" is from the root.
    private static string Resolve(string bron, string doel)
    {
        var pad = doel.StartsWith('/') ? doel : bron[..(bron.LastIndexOf('/') + 1)] + doel;
        var delen = new List<string>();
        foreach (var deel in pad.Split('/'))
        {
            if (deel == "..")
            {
                if (delen.Count > 0)
                {
                    delen.RemoveAt(delen.Count - 1);
                }
            }
            else if (deel is not ("." or ""))
            {
                delen.Add(deel);
            }
        }

        return string.Join('/', delen);
    }

    // Every OOXML package starts with [Content_Types].xml; garbage there means the file is no workbook.
    private void ControleerContentTypes()
    {
        using var reader = Lees("[Content_Types].xml") ?? throw new InvalidDataException("The package has no [Content_Types].xml.");
        if (reader.MoveToContent() != XmlNodeType.Element || reader.LocalName != "Types")
        {
            throw new InvalidDataException("[Content_Types].xml is no Types document.");
        }

        while (reader.Read())
        {
            // Read to the end: a part that is not well-formed throws here, not later.
        }
    }
}
