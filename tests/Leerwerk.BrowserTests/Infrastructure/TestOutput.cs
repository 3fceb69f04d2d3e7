using System.Globalization;
using System.Text;
using Microsoft.Playwright;

namespace Leerwerk.BrowserTests.Infrastructure;

/// <summary>
/// Where the browser tier writes screenshots: <c>$LEERWERK_TEST_OUTPUT/screenshots</c> when that variable is set,
/// else <c>test-output/screenshots</c> next to the test assembly.
/// </summary>
public static class TestOutput
{
    public static string Folder => Environment.GetEnvironmentVariable("LEERWERK_TEST_OUTPUT") is { Length: > 0 } folder
        ? Path.GetFullPath(folder)
        : Path.Combine(AppContext.BaseDirectory, "test-output");

    public static string ScreenshotFolder => Path.Combine(Folder, "screenshots");

    /// <summary>Saves a full-page screenshot as <c>screenshots/&lt;name&gt;.png</c> and returns its path.</summary>
    public static async Task<string> ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        Directory.CreateDirectory(ScreenshotFolder);
        var path = Path.Combine(ScreenshotFolder, FileName(name) + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        return path;
    }

    /// <summary>"Stage-uren" → "stage-uren", "Coördinator / Overzicht" → "coordinator-overzicht".</summary>
    public static string FileName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var plain = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            plain.Append(char.IsAsciiLetterOrDigit(c) ? char.ToLowerInvariant(c) : '-');
        }

        var collapsed = string.Join('-', plain.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        return collapsed.Length == 0 ? "pagina" : collapsed;
    }
}
