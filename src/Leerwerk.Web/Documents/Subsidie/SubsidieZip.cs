using System.IO.Compression;
using Leerwerk.Domain.Kalender;

namespace Leerwerk.Web.Documents.Subsidie;

/// <summary>The packs of all host companies of a school year in one zip: per company its PDF and its CSV.</summary>
public static class SubsidieZip
{
    public const string ContentType = "application/zip";

    public static string FileName(int schooljaar) => $"subsidie-praktijkleren-{Schoolkalender.Label(schooljaar)}.zip";

    public static byte[] Write(IEnumerable<SubsidieBewijs> packs, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(packs);
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var pack in packs)
            {
                var pdf = SubsidieDocument.Render(pack, today);
                Add(zip, pdf.FileName, pdf.Content);
                Add(zip, SubsidieCsv.FileName(pack), SubsidieCsv.Write(pack));
            }
        }

        return stream.ToArray();
    }

    private static void Add(ZipArchive zip, string name, byte[] content)
    {
        var entry = zip.CreateEntry(name, CompressionLevel.Optimal);
        using var target = entry.Open();
        target.Write(content);
    }
}
