using PdfSharp.Fonts;

namespace Leerwerk.Web.Documents.Pdf;

/// <summary>
/// Gives PDFsharp its fonts on Linux: Liberation Sans from Debian's fonts-liberation2, or DejaVu Sans
/// from fonts-dejavu-core when Liberation is missing. Every family name resolves to that one sans.
/// </summary>
public sealed class LiberationFontResolver : IFontResolver
{
    private static readonly Lock Gate = new();

    private static readonly string[] Directories = ["/usr/share/fonts/truetype/liberation2", "/usr/share/fonts/truetype/dejavu"];

    private static readonly Dictionary<string, string[]> Faces = new(StringComparer.Ordinal)
    {
        ["Regular"] = ["LiberationSans-Regular.ttf", "DejaVuSans.ttf"],
        ["Bold"] = ["LiberationSans-Bold.ttf", "DejaVuSans-Bold.ttf"],
        ["Italic"] = ["LiberationSans-Italic.ttf", "DejaVuSans-Oblique.ttf"],
        ["BoldItalic"] = ["LiberationSans-BoldItalic.ttf", "DejaVuSans-BoldOblique.ttf"],
    };

    public FontResolverInfo ResolveTypeface(string familyName, bool bold, bool italic)
    {
        var face = (bold, italic) switch
        {
            (true, true) => "BoldItalic",
            (true, false) => "Bold",
            (false, true) => "Italic",
            (false, false) => "Regular",
        };
        return new FontResolverInfo(face);
    }

    public byte[]? GetFont(string faceName)
    {
        var candidates = Faces.TryGetValue(faceName, out var files) ? files : Faces["Regular"];
        foreach (var file in candidates)
        {
            foreach (var directory in Directories)
            {
                var path = Path.Combine(directory, file);
                if (File.Exists(path))
                {
                    return File.ReadAllBytes(path);
                }
            }
        }

        throw new FileNotFoundException($"No font for '{faceName}': install fonts-liberation2 or fonts-dejavu-core.");
    }

    /// <summary>Installs this resolver once per process; PDFsharp allows no other change after its first use.</summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            if (GlobalFontSettings.FontResolver is not LiberationFontResolver)
            {
                GlobalFontSettings.FontResolver = new LiberationFontResolver();
            }
        }
    }
}
