using System.CommandLine;
using Leerwerk.Cli.Infrastructure;
using Leerwerk.Data;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Cli.Commands;

/// <summary><c>leerwerk gebruiker toevoegen</c>: adds an account with a role and its schools or bestuur.</summary>
internal static class GebruikerCommand
{
    public static Command Create()
    {
        var naam = new Option<string>("--naam") { Description = "De gebruikersnaam (letters, cijfers, - . _ @ +).", Required = true };
        var rol = new Option<string>("--rol") { Description = $"De rol: {string.Join(", ", Roles.All)}.", Required = true };
        var school = new Option<string[]>("--school")
        {
            Description = "BRIN van een school waar de gebruiker bij hoort (herhaal voor meer scholen); mag weg als er één school is.",
            AllowMultipleArgumentsPerToken = true,
        };
        var bestuur = new Option<string>("--bestuur")
        {
            Description = "Naam van een bestuur: de gebruiker ziet alle scholen van dat bestuur (in plaats van of naast --school).",
        };
        var weergavenaam = new Option<string>("--weergavenaam") { Description = "De naam zoals Leerwerk die toont, bijvoorbeeld 'Anouk Verhoeven'." };
        var toevoegen = DatabaseCommand.Create(
            "toevoegen",
            "Voeg een gebruiker toe. Het eenmalige wachtwoord wordt getoond; bij de eerste keer inloggen kiest de gebruiker een eigen wachtwoord.",
            async (parseResult, services, output, ct) =>
            {
                var error = parseResult.InvocationConfiguration.Error;
                var role = Roles.All.FirstOrDefault(r => string.Equals(r, parseResult.GetValue(rol)?.Replace("coordinator", "coördinator", StringComparison.OrdinalIgnoreCase), StringComparison.OrdinalIgnoreCase));
                if (role is null)
                {
                    await error.WriteLineAsync($"Onbekende rol '{parseResult.GetValue(rol)}'. Kies uit: {string.Join(", ", Roles.All)}.");
                    return 2;
                }

                var db = services.GetRequiredService<LeerwerkDbContext>();
                var bestuurNaam = parseResult.GetValue(bestuur)?.Trim();
                var board = string.IsNullOrEmpty(bestuurNaam) ? null : await db.Besturen.SingleOrDefaultAsync(b => b.Name == bestuurNaam, ct);
                if (!string.IsNullOrEmpty(bestuurNaam) && board is null)
                {
                    var known = await db.Besturen.OrderBy(b => b.Name).Select(b => b.Name).ToListAsync(ct);
                    await error.WriteLineAsync(known.Count == 0
                        ? $"Geen bestuur '{bestuurNaam}'. Er zijn nog geen besturen; maak er een met 'leerwerk school toevoegen --bestuur'."
                        : $"Geen bestuur '{bestuurNaam}'. Bekende besturen: {string.Join(", ", known)}.");
                    return 2;
                }

                var schools = await db.Scholen.Select(s => new { s.Id, s.Brin, s.Name }).ToListAsync(ct);
                var brins = parseResult.GetValue(school) ?? [];
                var chosen = brins.Length == 0 && schools.Count == 1 && board is null
                    ? schools
                    : schools.Where(s => brins.Contains(s.Brin, StringComparer.OrdinalIgnoreCase)).ToList();
                var unknown = brins.Where(b => !schools.Any(s => string.Equals(s.Brin, b, StringComparison.OrdinalIgnoreCase))).ToList();
                if (unknown.Count > 0 || (chosen.Count == 0 && board is null))
                {
                    await error.WriteLineAsync(unknown.Count > 0
                        ? $"Geen school met BRIN {string.Join(", ", unknown)}. Bekende scholen: {string.Join(", ", schools.Select(s => $"{s.Brin} ({s.Name})"))}."
                        : $"Noem met --school de BRIN van de school of scholen. Bekende scholen: {string.Join(", ", schools.Select(s => $"{s.Brin} ({s.Name})"))}.");
                    return 2;
                }

                var accounts = services.GetRequiredService<AccountBootstrapper>();
                var account = await accounts.CreateAccountAsync(
                    parseResult.GetValue(naam)!, parseResult.GetValue(weergavenaam) ?? string.Empty, role, chosen.Select(s => s.Id).ToList(), board?.Id, cancellationToken: ct);
                if (!account.Succeeded)
                {
                    await error.WriteLineAsync($"De gebruiker is niet toegevoegd: {string.Join(" ", account.Errors)}");
                    return 2;
                }

                var user = account.User!;
                var password = account.Password;
                var bij = chosen.Select(s => s.Name).Concat(board is null ? [] : [$"bestuur {board.Name}"]);
                await output.WriteLineAsync($"Gebruiker {user.UserName} toegevoegd als {role} bij {string.Join(", ", bij)}.");
                await output.WriteLineAsync($"Eenmalig wachtwoord: {password}");
                return 0;
            });
        toevoegen.Options.Add(naam);
        toevoegen.Options.Add(rol);
        toevoegen.Options.Add(school);
        toevoegen.Options.Add(bestuur);
        toevoegen.Options.Add(weergavenaam);
        var command = new Command("gebruiker", "Beheer gebruikers.");
        command.Subcommands.Add(toevoegen);
        return command;
    }
}
