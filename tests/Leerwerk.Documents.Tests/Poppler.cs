using System.Diagnostics;

namespace Leerwerk.Documents.Tests;

/// <summary>Runs poppler-utils on a generated PDF: pages to PNG (pdftoppm) and the text (pdftotext).</summary>
internal static class Poppler
{
    /// <summary>The folder rendered pages go to: <c>LEERWERK_TEST_OUTPUT</c>, else a temp folder.</summary>
    public static string OutputFolder
    {
        get
        {
            var root = Environment.GetEnvironmentVariable("LEERWERK_TEST_OUTPUT") is { Length: > 0 } configured
                ? configured
                : Path.Combine(Path.GetTempPath(), "leerwerk-test-output");
            var folder = Path.Combine(root, "documents");
            Directory.CreateDirectory(folder);
            return folder;
        }
    }

    /// <summary>Saves the PDF as <paramref name="name"/>.pdf and renders its pages at 60 dpi; returns the PNG files.</summary>
    public static IReadOnlyList<string> RenderPages(byte[] pdf, string name)
    {
        var path = Path.Combine(OutputFolder, name + ".pdf");
        File.WriteAllBytes(path, pdf);
        foreach (var old in Directory.GetFiles(OutputFolder, name + "-*.png"))
        {
            File.Delete(old);
        }

        Run("pdftoppm", "-png", "-r", "60", path, Path.Combine(OutputFolder, name));
        return Directory.GetFiles(OutputFolder, name + "-*.png").Order(StringComparer.Ordinal).ToList();
    }

    public static string Text(byte[] pdf, string name)
    {
        var path = Path.Combine(OutputFolder, name + ".pdf");
        File.WriteAllBytes(path, pdf);
        return Run("pdftotext", "-layout", path, "-");
    }

    private static string Run(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEnd();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        return process.ExitCode == 0 ? output : throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {error}");
    }
}
