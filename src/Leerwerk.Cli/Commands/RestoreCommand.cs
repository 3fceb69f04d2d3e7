using System.CommandLine;
using System.Globalization;
using Leerwerk.Cli.Backup;
using Leerwerk.Cli.Infrastructure;

namespace Leerwerk.Cli.Commands;

/// <summary>
/// <c>leerwerk restore --van BESTAND</c>: checks the backup and its manifest before touching the target, refuses a
/// target that holds data unless <c>--overschrijven</c>, restores, and then verifies every table's row count and
/// checksum against the manifest. Exit 0 when restored and equal, 1 when restoring failed or the verification found
/// differences, 2 for a missing or damaged backup or manifest or a target that holds data, 3 when unreachable.
/// </summary>
internal static class RestoreCommand
{
    public static Command Create()
    {
        var van = new Option<string>("--van")
        {
            Description = "Het back-upbestand van 'leerwerk backup'; het manifest (BESTAND.manifest.json) moet ernaast staan.",
            Required = true,
        };
        var overschrijven = new Option<bool>("--overschrijven")
        {
            Description = "Zet de back-up ook terug als de doeldatabase al gegevens bevat; die gaan dan verloren.",
        };
        var command = DatabaseCommand.Create(
            "restore",
            "Zet een back-up van 'leerwerk backup' terug en controleer daarna elke tabel tegen het manifest.",
            async (parseResult, services, output, ct) =>
            {
                try
                {
                    var file = Path.GetFullPath(parseResult.GetValue(van)!);
                    var database = DatabaseLocation.Of(services);
                    var manifest = await CheckAsync(file, database, ct);

                    var withRows = database.IsPostgres
                        ? await PostgresBackup.TablesWithRowsAsync(database.ConnectionString, ct)
                        : await SqliteBackup.TablesWithRowsAsync(database.ConnectionString, ct);
                    if (withRows.Count > 0 && !parseResult.GetValue(overschrijven))
                    {
                        throw BackupFailure.Input(
                            $"De doeldatabase bevat al gegevens (in {withRows.Count} tabel(len), onder andere {string.Join(", ", withRows.Take(3))}). " +
                            "Er is niets veranderd. Gebruik --overschrijven om de back-up er toch overheen te zetten; wat er nu in staat gaat dan verloren.");
                    }

                    if (database.IsPostgres)
                    {
                        await PostgresBackup.RestoreAsync(file, database.ConnectionString, ct);
                    }
                    else
                    {
                        await SqliteBackup.RestoreAsync(file, database.ConnectionString, ct);
                    }

                    var differences = await RestoreVerification.DifferencesAsync(database, manifest, ct);
                    if (differences.Count > 0)
                    {
                        throw BackupFailure.Failure(
                            $"De back-up is teruggezet, maar de controle vond verschillen met het manifest: {string.Join("; ", differences)}. " +
                            "Vertrouw deze database niet: zet de back-up opnieuw terug (met de webapp gestopt) of neem een andere back-up.");
                    }

                    var dutch = CultureInfo.GetCultureInfo("nl-NL");
                    await output.WriteLineAsync(string.Create(dutch,
                        $"Back-up van {manifest.CreatedAt.ToLocalTime():dd-MM-yyyy HH:mm} teruggezet ({manifest.Provider}, laatste migratie {manifest.MigrationId ?? "geen"})."));
                    await output.WriteLineAsync(string.Create(dutch,
                        $"Gecontroleerd: {manifest.Tables.Count} tabellen, {manifest.TotalRows:N0} rijen, alle aantallen en controlegetallen gelijk aan het manifest."));
                    return 0;
                }
                catch (BackupFailure ex)
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync(ex.Message);
                    return ex.ExitCode;
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    // A file of the backup, not the database: DatabaseCommand would call this "niet bereikbaar".
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync($"Een bestand kon niet worden gelezen of geschreven: {ex.Message}");
                    return BackupFailure.Failed;
                }
            });
        command.Options.Add(van);
        command.Options.Add(overschrijven);
        return command;
    }

    /// <summary>Everything that can be checked before the target is touched: file, manifest, provider, the file's own checksum and contents.</summary>
    private static async Task<BackupManifest> CheckAsync(string file, DatabaseLocation database, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            throw BackupFailure.Input($"Het back-upbestand '{file}' bestaat niet.");
        }

        if (!database.IsPostgres && string.Equals(SqliteBackup.FileOf(database.ConnectionString), file, StringComparison.Ordinal))
        {
            throw BackupFailure.Input($"Het back-upbestand '{file}' is de doeldatabase zelf; zet het terug in een andere database.");
        }

        var (manifest, problem) = BackupManifest.Read(BackupManifest.PathFor(file));
        if (manifest is null)
        {
            throw BackupFailure.Input(problem!);
        }

        if (!string.Equals(manifest.Provider, database.Provider, StringComparison.OrdinalIgnoreCase))
        {
            throw BackupFailure.Input(
                $"De back-up is van een {manifest.Provider}-database en de doeldatabase is {database.Provider}; zet een back-up terug in een database van dezelfde soort.");
        }

        if (!string.Equals(BackupFile.Sha256(file), manifest.FileSha256, StringComparison.OrdinalIgnoreCase))
        {
            throw BackupFailure.Input(
                $"Het back-upbestand '{file}' is beschadigd of veranderd: het controlegetal van het bestand klopt niet met het manifest. De doeldatabase is niet aangeraakt.");
        }

        if (database.IsPostgres)
        {
            await PostgresBackup.CheckBackupAsync(file, manifest, cancellationToken);
        }
        else
        {
            await SqliteBackup.CheckBackupAsync(file, manifest, cancellationToken);
        }

        return manifest;
    }
}
