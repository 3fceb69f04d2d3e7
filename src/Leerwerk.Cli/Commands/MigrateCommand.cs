using System.CommandLine;
using Leerwerk.Cli.Infrastructure;
using Leerwerk.Data;
using Leerwerk.Data.Accounts;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Cli.Commands;

/// <summary><c>leerwerk migrate</c>: brings the database schema up to date, explicitly (behind several web instances).</summary>
internal static class MigrateCommand
{
    public static Command Create() => DatabaseCommand.Create(
        "migrate",
        "Werk de database bij naar de nieuwste versie (migraties). Nodig voordat meerdere webservers starten.",
        async (_, services, output, ct) =>
        {
            var applied = await services.MigrateLeerwerkDatabaseAsync(ct);
            await services.GetRequiredService<AccountBootstrapper>().EnsureRolesAsync();
            await output.WriteLineAsync(applied.Count == 0
                ? "De database is al bijgewerkt; er waren geen migraties open."
                : $"{applied.Count} migratie(s) toegepast: {string.Join(", ", applied)}.");
            return 0;
        });
}
