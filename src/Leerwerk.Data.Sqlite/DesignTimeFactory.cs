using Leerwerk.Data.Tenancy;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Leerwerk.Data.Sqlite;

/// <summary>Lets <c>dotnet ef</c> build the model without the web app and without a running server.</summary>
public sealed class DesignTimeFactory : IDesignTimeDbContextFactory<LeerwerkDbContext>
{
    public LeerwerkDbContext CreateDbContext(string[] args)
    {
        var settings = new DatabaseSettings { Provider = DatabaseSettings.Sqlite, ConnectionString = "Data Source=design-time.db" };
        var options = new DbContextOptionsBuilder<LeerwerkDbContext>();
        options.UseLeerwerkProvider(settings, Directory.GetCurrentDirectory());
        return new LeerwerkDbContext(options.Options, FixedSchoolScope.System);
    }
}
