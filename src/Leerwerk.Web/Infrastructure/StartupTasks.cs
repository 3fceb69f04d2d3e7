using Leerwerk.Data;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Demo;

namespace Leerwerk.Web.Infrastructure;

/// <summary>What happens once before the first request: migrate, create the first administrator, load the demo.</summary>
public static class StartupTasks
{
    /// <summary>Returns false (after a Dutch message on stderr) when the database cannot be reached.</summary>
    public static async Task<bool> PrepareDatabaseAsync(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var settings = app.Configuration.GetSection("Database").Get<DatabaseSettings>() ?? new();
        try
        {
            if (settings.ApplyMigrationsOnStartup)
            {
                await app.Services.MigrateLeerwerkDatabaseAsync();
            }

            // Start-up work runs outside any request, so it needs a scope that sees every school.
            await using var scope = app.Services.CreateAsyncScope();
            await using var db = scope.ServiceProvider.CreateSystemDbContext();
            await EnsureReachableAsync(db);

            var accounts = scope.ServiceProvider.GetRequiredService<AccountBootstrapper>();
            var password = await accounts.EnsureAdministratorAsync();
            if (password is not null)
            {
                Console.WriteLine($"Eerste beheerder aangemaakt. Gebruikersnaam: {AccountBootstrapper.AdministratorName}  Eenmalig wachtwoord: {password}");
                Console.WriteLine("Kies bij de eerste keer inloggen een eigen wachtwoord; dit wachtwoord wordt niet opnieuw getoond.");
            }

            if (app.Configuration.GetValue("Demo:LoadOnFirstStart", true) && await DemoSchool.IsDatabaseEmptyAsync(db))
            {
                var demo = scope.ServiceProvider.GetRequiredService<DemoSchool>();
                var today = DateOnly.FromDateTime(app.Services.GetRequiredService<TimeProvider>().GetLocalNow().DateTime);
                await demo.LoadAsync(db, today);
                Console.WriteLine($"Demoschool geladen: {DemoSchool.SchoolName}. De demo-logins staan op de inlogpagina.");
            }

            return true;
        }
        catch (DatabaseUnavailableException ex)
        {
            await Console.Error.WriteLineAsync($"Leerwerk kan niet starten. {ex.Message}");
            return false;
        }
    }

    private static async Task EnsureReachableAsync(LeerwerkDbContext db)
    {
        try
        {
            if (!await db.Database.CanConnectAsync())
            {
                throw new DatabaseUnavailableException(DatabaseMigrator.Describe(db, new InvalidOperationException("geen verbinding")));
            }
        }
        catch (Exception ex) when (DatabaseMigrator.IsUnreachable(ex))
        {
            throw new DatabaseUnavailableException(DatabaseMigrator.Describe(db, ex), ex);
        }
    }
}
