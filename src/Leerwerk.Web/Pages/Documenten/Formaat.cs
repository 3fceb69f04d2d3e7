using Leerwerk.Web.Documents;

namespace Leerwerk.Web.Pages.Documenten;

/// <summary>Reads the <c>?formaat=</c> of a download: "pdf" (the default) or "docx".</summary>
internal static class Formaat
{
    public static DownloadFormat? Parse(string? formaat) => formaat?.ToUpperInvariant() switch
    {
        null or "" or "PDF" => DownloadFormat.Pdf,
        "DOCX" => DownloadFormat.Docx,
        _ => null,
    };
}
