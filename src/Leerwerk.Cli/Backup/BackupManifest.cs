using System.Globalization;
using System.Text.Json;

namespace Leerwerk.Cli.Backup;

/// <summary>
/// What <c>leerwerk backup</c> writes next to the backup (<c>BESTAND.manifest.json</c>) and <c>leerwerk restore</c>
/// checks: when and from which provider and migration it was made, the SHA-256 of the backup file itself (so that a
/// damaged file is refused before the target is touched), and each table's row count and checksum.
/// </summary>
internal sealed record BackupManifest(
    DateTimeOffset CreatedAt,
    string Provider,
    string? MigrationId,
    string FileSha256,
    IReadOnlyList<TableChecksum> Tables)
{
    public const string Extension = ".manifest.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public long TotalRows => Tables.Sum(t => t.Rows);

    public static string PathFor(string backupFile) => backupFile + Extension;

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>The manifest in <paramref name="path"/>, or a Dutch reason why it cannot be used.</summary>
    public static (BackupManifest? Manifest, string? Error) Read(string path)
    {
        if (!File.Exists(path))
        {
            return (null, $"Het manifest '{path}' ontbreekt. Een back-up is alleen terug te zetten met het manifest dat 'leerwerk backup' ernaast schreef.");
        }

        try
        {
            var manifest = JsonSerializer.Deserialize<BackupManifest>(File.ReadAllText(path), Json);
            if (manifest is null || string.IsNullOrEmpty(manifest.Provider) || string.IsNullOrEmpty(manifest.FileSha256)
                || manifest.Tables is null || manifest.Tables.Count == 0 || manifest.Tables.Any(t => t is null || string.IsNullOrEmpty(t.Name) || string.IsNullOrEmpty(t.Sha256)))
            {
                return (null, $"Het manifest '{path}' is onvolledig: het mist de provider, het controlegetal van het bestand of de tabellen.");
            }

            return (manifest, null);
        }
        catch (JsonException ex)
        {
            return (null, $"Het manifest '{path}' is beschadigd: het is geen geldige JSON ({ex.Message}).");
        }
    }

    /// <summary>
    /// The differences between this manifest and a database's checksums, one Dutch line per table that differs (a
    /// missing, extra or changed table); empty when they are equal.
    /// </summary>
    public IReadOnlyList<string> Compare(IReadOnlyList<TableChecksum> actual)
    {
        ArgumentNullException.ThrowIfNull(actual);
        var found = actual.ToDictionary(t => t.Name, StringComparer.Ordinal);
        var differences = new List<string>();
        foreach (var expected in Tables)
        {
            if (!found.Remove(expected.Name, out var table))
            {
                differences.Add($"tabel {expected.Name} ontbreekt");
            }
            else if (table.Rows != expected.Rows)
            {
                differences.Add(string.Create(CultureInfo.GetCultureInfo("nl-NL"),
                    $"tabel {expected.Name} heeft {table.Rows:N0} rijen in plaats van {expected.Rows:N0}"));
            }
            else if (!string.Equals(table.Sha256, expected.Sha256, StringComparison.OrdinalIgnoreCase))
            {
                differences.Add($"tabel {expected.Name} heeft evenveel rijen maar andere inhoud");
            }
        }

        differences.AddRange(found.Keys.Order(StringComparer.Ordinal).Select(name => $"tabel {name} staat niet in de back-up"));
        return differences;
    }
}
