namespace Leerwerk.Web.Documents;

/// <summary>The file formats an agreement can be downloaded in.</summary>
public enum DownloadFormat
{
    Pdf,
    Docx,
}
