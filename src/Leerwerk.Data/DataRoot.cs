namespace Leerwerk.Data;

/// <summary>
/// Where a relative SQLite path is anchored: the folder holding Leerwerk.slnx when running from a
/// checkout (so the web app and the CLI share <c>data/leerwerk.db</c>), else the application's own folder.
/// </summary>
public static class DataRoot
{
    public static string Resolve(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Leerwerk.slnx")))
            {
                return dir.FullName;
            }
        }

        return start;
    }
}
