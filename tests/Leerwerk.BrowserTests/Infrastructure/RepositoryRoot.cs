namespace Leerwerk.BrowserTests.Infrastructure;

/// <summary>The repository root: the first folder above the test assembly that holds Leerwerk.slnx.</summary>
public static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(Find);

    public static string Path => Root.Value;

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Leerwerk.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"No Leerwerk.slnx above {AppContext.BaseDirectory}.");
    }
}
