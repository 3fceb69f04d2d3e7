using System.CommandLine;
using System.Globalization;
using Leerwerk.Cli.Infrastructure;
using Leerwerk.Data;
using Leerwerk.Data.Demo;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Cli.Commands;

/// <summary>
/// <c>leerwerk demo</c>: loads the deterministic demo school (same date, same data); with <c>--verwijderen</c>
/// removes it with everything in it and its accounts, leaving other schools as they are.
/// </summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var datum = new Option<string>("--datum")
        {
            Description = "De datum waarop de demo 'vandaag' is, als JJJJ-MM-DD (standaard: vandaag). Dezelfde datum geeft dezelfde gegevens.",
        };
        var verwijderen = new Option<bool>("--verwijderen")
        {
            Description = "Verwijder de demoschool met al haar gegevens en de demo-accounts; andere scholen blijven zoals ze zijn.",
        };
        var schalen = new Option<int?>("--schalen")
        {
            Description = "Maak in plaats van de demoschool een gegenereerd bestuur met dit aantal scholen (voor proeven op schaal).",
        };
        var leerlingen = new Option<int>("--leerlingen")
        {
            Description = "Met --schalen: het aantal LWT-leerlingen per school (standaard 50).",
            DefaultValueFactory = _ => 50,
        };
        var zaad = new Option<int>("--zaad")
        {
            Description = "Met --schalen: het zaad van de toevalsgetallen (standaard 2026). Hetzelfde zaad en dezelfde datum geven dezelfde gegevens.",
            DefaultValueFactory = _ => 2026,
        };
        var command = DatabaseCommand.Create(
            "demo",
            "Vul de database met de demoschool: twee mbo-partners, twintig leerbedrijven, zestig LWT-leerlingen met stages, uren en cijfers.",
            async (parseResult, services, output, ct) =>
            {
                if (parseResult.GetValue(verwijderen))
                {
                    return await RemoveAsync(services, output, ct);
                }

                var text = parseResult.GetValue(datum);
                var today = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
                if (text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync($"--datum '{text}' is geen geldige datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2026-11-30.");
                    return 2;
                }

                if (parseResult.GetValue(schalen) is { } aantal)
                {
                    return await DemoBestuurCommand.RunAsync(services, output, parseResult.InvocationConfiguration.Error,
                        aantal, parseResult.GetValue(leerlingen), parseResult.GetValue(zaad), today, ct);
                }

                await services.MigrateLeerwerkDatabaseAsync(ct);
                // The CLI's own context already sees every school (AddSystemSchoolScope).
                var db = services.GetRequiredService<LeerwerkDbContext>();
                var loaded = await services.GetRequiredService<DemoSchool>().LoadAsync(db, today, ct);
                await output.WriteLineAsync(loaded
                    ? $"Demoschool {DemoSchool.SchoolName} geladen (peildatum {today:yyyy-MM-dd})."
                    : $"Demoschool {DemoSchool.SchoolName} stond al in de database; er is niets veranderd.");

                foreach (var login in DemoUsers.All)
                {
                    await output.WriteLineAsync($"  {login.Role,-18} {login.UserName,-18} {login.Password}");
                }

                return 0;
            });
        command.Options.Add(datum);
        command.Options.Add(verwijderen);
        command.Options.Add(schalen);
        command.Options.Add(leerlingen);
        command.Options.Add(zaad);
        return command;
    }

    private static async Task<int> RemoveAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        await services.MigrateLeerwerkDatabaseAsync(ct);
        var db = services.GetRequiredService<LeerwerkDbContext>();
        var removed = await services.GetRequiredService<DemoVerwijdering>().RemoveAsync(db, ct);
        await output.WriteLineAsync(removed
            ? $"Demoschool {DemoSchool.SchoolName} verwijderd, met al haar gegevens en de demo-accounts. Andere scholen zijn niet veranderd."
            : "Er staat geen demoschool in de database; er is niets veranderd.");
        return 0;
    }
}
