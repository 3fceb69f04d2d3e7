using System.CommandLine;
using System.Globalization;
using Leerwerk.Cli.Backup;
using Leerwerk.Cli.Infrastructure;

namespace Leerwerk.Cli.Commands;

/// <summary>
/// <c>leerwerk backup --naar BESTAND</c>: a consistent backup while the web app runs (SQLite's backup API, or pg_dump),
/// verified after writing, with a manifest beside it that <c>leerwerk restore</c> checks the restored database against.
/// Exit 0 when written and verified, 1 when it failed, 2 for unusable input, 3 when the database cannot be reached.
/// </summary>
internal static class BackupCommand
{
    public static Command Create()
    {
        var naar = new Option<string>("--naar")
        {
            Description = "Het bestand voor de back-up; het manifest komt ernaast (BESTAND.manifest.json). Een bestaand bestand wordt pas vervangen als de nieuwe back-up klaar en gecontroleerd is.",
            Required = true,
        };
        var command = DatabaseCommand.Create(
            "backup",
            "Maak een back-up van de database, ook terwijl de webapp draait, en controleer die meteen: aantallen rijen en controlegetallen van elke tabel.",
            async (parseResult, services, output, ct) =>
            {
                try
                {
                    var target = Path.GetFullPath(parseResult.GetValue(naar)!);
                    var folder = Path.GetDirectoryName(target)!;
                    if (!Directory.Exists(folder))
                    {
                        throw BackupFailure.Input($"De map '{folder}' bestaat niet; maak haar eerst aan (alleen leesbaar voor de gebruiker van Leerwerk).");
                    }

                    var database = DatabaseLocation.Of(services);
                    var manifest = database.IsPostgres
                        ? await PostgresBackup.BackupAsync(database.ConnectionString, target, TimeProvider.System, ct)
                        : await SqliteBackup.BackupAsync(database.ConnectionString, target, TimeProvider.System, ct);
                    var manifestFile = BackupManifest.PathFor(target);
                    BackupFile.WriteText(manifestFile, manifest.ToJson());

                    var dutch = CultureInfo.GetCultureInfo("nl-NL");
                    await output.WriteLineAsync($"Back-up geschreven naar {target} ({manifest.Provider}, laatste migratie {manifest.MigrationId ?? "geen"}).");
                    await output.WriteLineAsync(string.Create(dutch,
                        $"Gecontroleerd: {manifest.Tables.Count} tabellen, {manifest.TotalRows:N0} rijen, gelijk aan de database."));
                    await output.WriteLineAsync($"Manifest: {manifestFile}");
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
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync($"De back-up kon niet worden geschreven: {ex.Message} Er is niets overschreven.");
                    return BackupFailure.Failed;
                }
            });
        command.Options.Add(naar);
        return command;
    }
}
