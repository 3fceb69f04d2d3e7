using System.CommandLine;
using System.Globalization;
using Leerwerk.Cli.Infrastructure;
using Leerwerk.Data;
using Leerwerk.Data.Avg;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Cli.Commands;

/// <summary>
/// <c>leerwerk bewaartermijn [--proef] [--datum JJJJ-MM-DD]</c>: erases (AVG) every student whose school's retention
/// period after leaving has passed, and reports what it did; with <c>--proef</c> only reports. The report names a student
/// by Leerwerk's internal id and dates only: after the erasure no name or number may remain, not even in a log.
/// </summary>
internal static class BewaartermijnCommand
{
    public static Command Create()
    {
        var proef = new Option<bool>("--proef")
        {
            Description = "Toon alleen welke leerlingen gewist zouden worden; er verandert niets.",
        };
        var datum = new Option<string>("--datum")
        {
            Description = "De datum waarop de bewaartermijn wordt getoetst, als JJJJ-MM-DD (standaard: vandaag).",
        };
        var command = DatabaseCommand.Create(
            "bewaartermijn",
            "Wis de persoonsgegevens van leerlingen van wie de bewaartermijn na uitstroom voorbij is (AVG); tellingen en logboekfeiten blijven.",
            async (parseResult, services, output, ct) =>
            {
                var text = parseResult.GetValue(datum);
                var today = DateOnly.FromDateTime(TimeProvider.System.GetLocalNow().DateTime);
                if (text is not null && !DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out today))
                {
                    await parseResult.InvocationConfiguration.Error.WriteLineAsync($"--datum '{text}' is geen geldige datum; schrijf JJJJ-MM-DD, bijvoorbeeld 2028-08-01.");
                    return 2;
                }

                await services.MigrateLeerwerkDatabaseAsync(ct);
                // The CLI's own context sees every school (AddSystemSchoolScope).
                var db = services.GetRequiredService<LeerwerkDbContext>();
                var isProef = parseResult.GetValue(proef);
                var verlopen = isProef ? await Bewaartermijn.VerlopenAsync(db, today, ct) : await Bewaartermijn.ToepassenAsync(db, today, ct);
                var werkwoord = isProef ? "zou gewist worden" : "gewist";
                foreach (var student in verlopen)
                {
                    await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                        $"{student.SchoolName}: leerling-id {student.LeerlingId}, uitgestroomd op {student.UitgestroomdOp:yyyy-MM-dd}, bewaartermijn verstreken op {student.TermijnVerstreken:yyyy-MM-dd}: {werkwoord}."));
                }

                await output.WriteLineAsync(verlopen.Count switch
                {
                    0 => $"Peildatum {today:yyyy-MM-dd}: geen leerling van wie de bewaartermijn voorbij is; er is niets veranderd.",
                    _ when isProef => $"Peildatum {today:yyyy-MM-dd}: {verlopen.Count} leerling(en) zouden gewist worden (proef: er is niets veranderd).",
                    _ => $"Peildatum {today:yyyy-MM-dd}: {verlopen.Count} leerling(en) gewist.",
                });
                return 0;
            });
        command.Options.Add(proef);
        command.Options.Add(datum);
        return command;
    }
}
