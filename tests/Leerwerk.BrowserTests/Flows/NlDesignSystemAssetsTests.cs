using Leerwerk.BrowserTests.Infrastructure;

namespace Leerwerk.BrowserTests.Flows;

/// <summary>
/// The NL Design System CSS the app serves is committed in wwwroot/lib (decision 0008) so the app runs without
/// npm; this tier has run <c>npm ci</c>, so it checks the committed copy is exactly the npm package's file.
/// </summary>
public sealed class NlDesignSystemAssetsTests
{
    private const string Package = "@utrecht/component-library-css";

    private static string Committed(string file) =>
        Path.Combine(RepositoryRoot.Path, "src", "Leerwerk.Web", "wwwroot", "lib", "utrecht-component-library-css", file);

    private static string Installed(string file) => Path.Combine(RepositoryRoot.Path, "node_modules", Package, file);

    [Theory]
    [InlineData("dist/index.css", "index.css")]
    [InlineData("dist/html.css", "html.css")]
    [InlineData("LICENSE.md", "LICENSE.md")]
    public void CommittedCopy_EqualsTheInstalledNpmPackage(string packageFile, string committedFile)
    {
        Assert.True(File.Exists(Installed(packageFile)), $"{Installed(packageFile)} is missing: run 'npm ci' in the repository root.");

        Assert.True(
            File.ReadAllBytes(Installed(packageFile)).AsSpan().SequenceEqual(File.ReadAllBytes(Committed(committedFile))),
            $"wwwroot/lib/utrecht-component-library-css/{committedFile} differs from {Package}/{packageFile}: run scripts/update-nlds.sh.");
    }

    [Fact]
    public void CommittedVersion_IsThePackageJsonVersion()
    {
        var packageJson = File.ReadAllText(Path.Combine(RepositoryRoot.Path, "package.json"));
        var version = File.ReadAllText(Committed("VERSION")).Trim();

        Assert.Contains($"\"{Package}\": \"{version}\"", packageJson, StringComparison.Ordinal);
    }
}
