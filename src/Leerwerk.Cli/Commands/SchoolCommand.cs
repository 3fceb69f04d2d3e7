using System.CommandLine;
using Leerwerk.Cli.Infrastructure;
using Leerwerk.Data;
using Leerwerk.Data.Accounts;
using Leerwerk.Domain.Scholen;
using Leerwerk.Domain.Scholen.Gegevens;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Cli.Commands;

/// <summary><c>leerwerk school toevoegen</c> and <c>leerwerk school lijst</c>: the schools of the installation and their besturen.</summary>
internal static class SchoolCommand
{
    public static Command Create()
    {
        var command = new Command("school", "Beheer de scholen en hun besturen.");
        command.Subcommands.Add(Toevoegen());
        command.Subcommands.Add(Lijst());
        return command;
    }

    private static Command Toevoegen()
    {
        var naam = new Option<string>("--naam") { Description = "De naam van de school.", Required = true };
        var brin = new Option<string>("--brin") { Description = "Het BRIN-nummer: twee cijfers en twee letters, bijvoorbeeld 09XY.", Required = true };
        var vestiging = new Option<string>("--vestiging") { Description = "Het vestigingsnummer: twee cijfers, bijvoorbeeld 00.", Required = true };
        var bestuur = new Option<string>("--bestuur") { Description = "Het bestuur waar de school onder valt; wordt aangemaakt als het nog niet bestaat." };
        var gezag = new Option<string>("--bevoegd-gezag") { Description = "Het bevoegd gezag dat tekent; standaard het bestuur, anders de school." };
        var regio = new Option<string>("--regio") { Description = "De vakantieregio: noord, midden (standaard) of zuid." };
        var toevoegen = DatabaseCommand.Create(
            "toevoegen",
            "Voeg een school toe, eventueel onder een bestuur. Elke beheerder wordt lid van de nieuwe school.",
            async (parseResult, services, output, ct) =>
            {
                var error = parseResult.InvocationConfiguration.Error;
                var fouten = new[] { Brin.Fout(parseResult.GetValue(brin)), Brin.VestigingFout(parseResult.GetValue(vestiging)) }
                    .OfType<string>().ToList();
                var regioText = parseResult.GetValue(regio) ?? nameof(Regio.Midden);
                if (!Enum.TryParse<Regio>(regioText, ignoreCase: true, out var gekozenRegio) || !Enum.IsDefined(gekozenRegio))
                {
                    fouten.Add($"Onbekende regio '{regioText}'. Kies uit: noord, midden, zuid.");
                }

                var db = services.GetRequiredService<LeerwerkDbContext>();
                var code = Brin.Normalize(parseResult.GetValue(brin));
                var vestigingNummer = parseResult.GetValue(vestiging)?.Trim();
                if (fouten.Count == 0 && await db.Scholen.AnyAsync(s => s.Brin == code && s.Vestiging == vestigingNummer, ct))
                {
                    fouten.Add($"Er is al een school met BRIN {code} en vestiging {vestigingNummer}.");
                }

                if (fouten.Count > 0)
                {
                    foreach (var fout in fouten)
                    {
                        await error.WriteLineAsync(fout);
                    }

                    return 2;
                }

                var bestuurNaam = parseResult.GetValue(bestuur)?.Trim();
                Bestuur? board = null;
                if (!string.IsNullOrEmpty(bestuurNaam))
                {
                    board = await db.Besturen.SingleOrDefaultAsync(b => b.Name == bestuurNaam, ct) ?? new Bestuur { Name = bestuurNaam };
                    if (board.Id == 0)
                    {
                        db.Besturen.Add(board);
                        await db.SaveChangesAsync(ct);
                        await output.WriteLineAsync($"Bestuur {board.Name} aangemaakt.");
                    }
                }

                var schoolNaam = parseResult.GetValue(naam)!.Trim();
                var school = new School
                {
                    Name = schoolNaam,
                    Brin = code!,
                    Vestiging = vestigingNummer,
                    BevoegdGezag = parseResult.GetValue(gezag)?.Trim() ?? board?.Name ?? schoolNaam,
                    Regio = gekozenRegio,
                    BestuurId = board?.Id,
                };
                db.Scholen.Add(school);
                await db.SaveChangesAsync(ct);
                await services.GetRequiredService<AccountBootstrapper>().AddAdministratorsToSchoolAsync(school.Id, ct);
                await output.WriteLineAsync($"School {school.Name} ({school.Brin} {school.Vestiging}) toegevoegd{(board is null ? "" : $" onder bestuur {board.Name}")}.");
                return 0;
            });
        toevoegen.Options.Add(naam);
        toevoegen.Options.Add(brin);
        toevoegen.Options.Add(vestiging);
        toevoegen.Options.Add(bestuur);
        toevoegen.Options.Add(gezag);
        toevoegen.Options.Add(regio);
        return toevoegen;
    }

    private static Command Lijst() =>
        DatabaseCommand.Create(
            "lijst",
            "Toon de scholen met BRIN, vestiging, bestuur en aantal leerlingen.",
            async (parseResult, services, output, ct) =>
            {
                var db = services.GetRequiredService<LeerwerkDbContext>();
                var rows = await db.Scholen
                    .OrderBy(s => s.Name)
                    .Select(s => new
                    {
                        s.Name,
                        s.Brin,
                        s.Vestiging,
                        Bestuur = db.Besturen.Where(b => b.Id == s.BestuurId).Select(b => b.Name).FirstOrDefault(),
                        Leerlingen = db.Leerlingen.Count(l => l.SchoolId == s.Id),
                    })
                    .ToListAsync(ct);
                if (rows.Count == 0)
                {
                    await output.WriteLineAsync("Er zijn nog geen scholen. Voeg er een toe met 'leerwerk school toevoegen'.");
                    return 0;
                }

                await output.WriteLineAsync("BRIN  Vest.  Leerlingen  School — bestuur");
                foreach (var row in rows)
                {
                    await output.WriteLineAsync(
                        $"{row.Brin,-4}  {row.Vestiging ?? "",-5}  {row.Leerlingen,10}  {row.Name} — {row.Bestuur ?? "geen bestuur"}");
                }

                return 0;
            });
}
