using System.Text.RegularExpressions;

namespace Leerwerk.Domain.Tests.Rules;

/// <summary>
/// The legal numbers (640 / 1280 hours, 80 / 160 days, 1425 kerndoel hours, the exam thresholds 5,5; 6; 5; 4) are
/// written once, in the domain's rule files, and read from there everywhere else. This test reads the source files
/// of src/ (.cs, .cshtml, .js) and fails on a literal outside those files.
/// What it covers, honestly:
/// - 640, 1280 and 1425 as whole numbers anywhere in src/;
/// - 80 and 160 anywhere when followed by "dagen", and as any whole number in the files that show stage hours
///   (the stage-hours pages and chart, the hour policy page, the dossier document, the student page, the agreement form);
/// - 5,5 / 5.5 in the web layer, the CLI and the exam code; 6, 5 and 4 as thresholds (after a comparison, or in a
///   Dutch sentence "lager dan 4", "een 6", "is 5") only in BbRegeling, LwtRegeling and KeuzevakMinimum, where other
///   small numbers (list capacities, the highest grade) would make a wider scan useless;
/// - comment lines (//, ///, /*, *, @*) are skipped: they explain, they do not decide or show anything.
/// Not scanned: the generated migrations (a record of the schema's history, never edited by hand) and the tests.
/// Allowed: every file in a Rules folder of the domain (the rule classes and the catalogue, whose Dutch rule texts
/// quote the law), and the school's default hour policy (Kalender/StageurenBeleid.cs, the brochure's 640 a year,
/// E3), which stays in the Kalender area because that area depends on no other, and the exam thresholds
/// (Examens/UitslagGrenzen.cs), which stay beside the exam engine because the engine sits below the rules' layer.
/// </summary>
public sealed partial class LegalNumbersTests
{
    private static readonly string[] StageUrenFiles =
    [
        "src/Leerwerk.Web/Pages/StageUren/",
        "src/Leerwerk.Web/Pages/Kalender/Beleid.cshtml",
        "src/Leerwerk.Web/Documents/Dossier/",
        "src/Leerwerk.Web/Pages/Leerlingen/Details.cshtml",
        "src/Leerwerk.Web/Pages/Overeenkomsten/LeerwerkFormModel.cs",
        "src/Leerwerk.Web/Pages/Overeenkomsten/_LeerwerkFields.cshtml",
    ];

    private static readonly string[] ExamThresholdFiles =
    [
        "src/Leerwerk.Domain/Examens/Uitslagen/BbRegeling.cs",
        "src/Leerwerk.Domain/Examens/Uitslagen/LwtRegeling.cs",
        "src/Leerwerk.Domain/Examens/Uitslagen/KeuzevakMinimum.cs",
    ];

    private static readonly string[] CeGemiddeldeFolders = ["src/Leerwerk.Web/", "src/Leerwerk.Cli/", "src/Leerwerk.Domain/Examens/"];

    [Fact]
    public void Source_WritesLegalNumbersOnlyInTheDomainsRuleFiles()
    {
        var root = RepositoryRoot();
        var problems = new List<string>();
        foreach (var file in SourceFiles(root))
        {
            var path = Path.GetRelativePath(root, file).Replace('\\', '/');
            if (IsAllowed(path))
            {
                continue;
            }

            var lines = File.ReadAllLines(file);
            for (var i = 0; i < lines.Length; i++)
            {
                var line = lines[i];
                if (IsComment(line))
                {
                    continue;
                }

                foreach (var hit in Hits(path, line))
                {
                    problems.Add($"{path}:{i + 1}: {hit} in \"{line.Trim()}\"");
                }
            }
        }

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("src/Leerwerk.Web/Pages/X.cshtml", "<progress max=\"640\">", "640")]
    [InlineData("src/Leerwerk.Cli/X.cs", "var max = 1280m;", "1280m")]
    [InlineData("src/Leerwerk.Web/Pages/X.cshtml", "ten minste 1425 klokuren", "1425")]
    [InlineData("src/Leerwerk.Web/Pages/X.cshtml", "in 80 dagen", "80")]
    [InlineData("src/Leerwerk.Web/Pages/StageUren/X.cs", "var days = 160;", "160")]
    [InlineData("src/Leerwerk.Web/Pages/Examen/X.cs", "if (g >= 5.5m)", "5.5m")]
    [InlineData("src/Leerwerk.Web/Pages/Examen/X.cshtml", "moet 5,5 of hoger zijn", "5,5")]
    [InlineData("src/Leerwerk.Domain/Examens/Uitslagen/LwtRegeling.cs", "v.Eindcijfer >= 6", ">= 6")]
    [InlineData("src/Leerwerk.Domain/Examens/Uitslagen/KeuzevakMinimum.cs", "\"lager dan 4\"", "dan 4")]
    [InlineData("src/Leerwerk.Domain/Examens/Uitslagen/BbRegeling.cs", "\"is 5 of hoger\"", "is 5")]
    public void Hits_FindALiteral(string path, string line, string expected) =>
        Assert.Contains(expected, Hits(path, line));

    [Theory]
    [InlineData("src/Leerwerk.Web/Pages/X.cshtml", "<input size=\"80\" />")]
    [InlineData("src/Leerwerk.Web/Pages/X.cshtml", "width: 1640px; 6400 uur; 12804")]
    [InlineData("src/Leerwerk.Web/Pages/X.cshtml", "Totaal per week 15,5")]
    [InlineData("src/Leerwerk.Domain/Examens/Uitslagen/BbRegeling.cs", "new List<EindVak>(4)")]
    [InlineData("src/Leerwerk.Web/Pages/Overeenkomsten/X.cs", "if (count >= 6)")]
    public void Hits_LeaveOtherNumbersAlone(string path, string line) =>
        Assert.Empty(Hits(path, line));

    [Theory]
    [InlineData("src/Leerwerk.Domain/StageUren/Rules/MinimumStageUren.cs", true)]
    [InlineData("src/Leerwerk.Domain/Rules/Catalog/CatalogE.cs", true)]
    [InlineData("src/Leerwerk.Domain/Examens/UitslagGrenzen.cs", true)]
    [InlineData("src/Leerwerk.Domain/StageUren/Prognose/StageUrenPrognose.cs", false)]
    [InlineData("src/Leerwerk.Web/Pages/Rules/Index.cshtml", false)]
    public void IsAllowed_OnlyTheDomainsRuleFiles(string path, bool allowed) =>
        Assert.Equal(allowed, IsAllowed(path));

    private static IEnumerable<string> Hits(string path, string line)
    {
        foreach (Match m in AnyWhere().Matches(line))
        {
            yield return m.Value;
        }

        foreach (Match m in DaysInText().Matches(line))
        {
            yield return m.Groups["n"].Value;
        }

        if (StageUrenFiles.Any(f => path.StartsWith(f, StringComparison.Ordinal)))
        {
            foreach (Match m in Days().Matches(line))
            {
                yield return m.Value;
            }
        }

        if (CeGemiddeldeFolders.Any(f => path.StartsWith(f, StringComparison.Ordinal)))
        {
            foreach (Match m in CeGemiddelde().Matches(line))
            {
                yield return m.Value;
            }
        }

        if (ExamThresholdFiles.Contains(path, StringComparer.Ordinal))
        {
            foreach (Match m in Threshold().Matches(line))
            {
                yield return m.Value;
            }
        }
    }

    private static bool IsAllowed(string path) =>
        (path.StartsWith("src/Leerwerk.Domain/", StringComparison.Ordinal) && path.Contains("/Rules/", StringComparison.Ordinal))
        || path == "src/Leerwerk.Domain/Kalender/StageurenBeleid.cs"
        || path == "src/Leerwerk.Domain/Examens/UitslagGrenzen.cs";

    private static bool IsComment(string line)
    {
        var trimmed = line.TrimStart();
        return trimmed.StartsWith("//", StringComparison.Ordinal) || trimmed.StartsWith("/*", StringComparison.Ordinal)
            || trimmed.StartsWith('*') || trimmed.StartsWith("@*", StringComparison.Ordinal);
    }

    private static IEnumerable<string> SourceFiles(string root) =>
        Directory.EnumerateFiles(Path.Combine(root, "src"), "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".js", StringComparison.Ordinal))
            .Where(f =>
            {
                var parts = f.Replace('\\', '/').Split('/');
                return !parts.Contains("bin") && !parts.Contains("obj") && !parts.Contains("Migrations") && !parts.Contains("node_modules");
            });

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Leerwerk.slnx")))
            {
                return directory.FullName;
            }
        }

        throw new DirectoryNotFoundException("No folder with Leerwerk.slnx above the test binaries.");
    }

    [GeneratedRegex(@"\b(?:640|1280|1425)[md]?\b")]
    private static partial Regex AnyWhere();

    [GeneratedRegex(@"\b(?<n>80|160)\s+(?:stage)?dagen\b")]
    private static partial Regex DaysInText();

    [GeneratedRegex(@"\b(?:80|160)\b")]
    private static partial Regex Days();

    [GeneratedRegex(@"\b5[.,]5m?\b")]
    private static partial Regex CeGemiddelde();

    [GeneratedRegex(@"(?:>=|<=|==|[<>])\s*[456]m?\b|\b(?:dan|een|is|van)\s+[456]\b")]
    private static partial Regex Threshold();
}
