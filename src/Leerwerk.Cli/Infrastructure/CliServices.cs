using Leerwerk.Data;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Demo;
using Leerwerk.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Leerwerk.Cli.Infrastructure;

/// <summary>
/// The services a database command needs, configured like the web app: environment variables
/// (<c>Database__Provider</c>, <c>Database__ConnectionString</c>) and the command's own options.
/// </summary>
internal static class CliServices
{
    public static ServiceProvider Build(string? provider, string? connectionString)
    {
        var overrides = new Dictionary<string, string?>();
        if (!string.IsNullOrWhiteSpace(provider))
        {
            overrides["Database:Provider"] = provider;
        }

        if (!string.IsNullOrWhiteSpace(connectionString))
        {
            overrides["Database:ConnectionString"] = connectionString;
        }

        var configuration = new ConfigurationBuilder()
            .AddEnvironmentVariables()
            .AddInMemoryCollection(overrides)
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(b => b.SetMinimumLevel(LogLevel.Warning));
        services.AddSystemSchoolScope();
        services.AddLeerwerkDatabase(Directory.GetCurrentDirectory());
        services.AddIdentityCore<LeerwerkUser>(LeerwerkIdentity.Configure)
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<LeerwerkDbContext>()
            .AddErrorDescriber<DutchIdentityErrorDescriber>()
            .AddLeerwerkPasswordRules();
        services.AddScoped<AccountBootstrapper>();
        services.AddScoped<DemoSchool>();
        services.AddScoped<DemoBestuur>();
        services.AddScoped<DemoVerwijdering>();
        return services.BuildServiceProvider();
    }
}
