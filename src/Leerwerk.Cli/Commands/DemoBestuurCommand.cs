using System.Diagnostics;
using Leerwerk.Data;
using Leerwerk.Data.Demo;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.Cli.Commands;

/// <summary>
/// <c>leerwerk demo --schalen N</c>: generates the board of <see cref="DemoBestuur"/> (N schools, deterministic by
/// <c>--zaad</c> and <c>--datum</c>) and prints what it wrote with its checksum, so two runs can be compared.
/// </summary>
internal static class DemoBestuurCommand
{
    public static async Task<int> RunAsync(IServiceProvider services, TextWriter output, TextWriter error, int scholen, int leerlingen, int zaad,
        DateOnly today, CancellationToken ct)
    {
        if (scholen is < 1 or > 1_000 || leerlingen is < 1 or > 1_000)
        {
            await error.WriteLineAsync("--schalen moet tussen 1 en 1.000 liggen en --leerlingen tussen 1 en 1.000.");
            return 2;
        }

        await services.MigrateLeerwerkDatabaseAsync(ct);
        var db = services.GetRequiredService<LeerwerkDbContext>();
        var stopwatch = Stopwatch.StartNew();
        // Progress on stderr every tenth of the schools: the summary on stdout stays the same for the same seed.
        var step = Math.Max(1, scholen / 10);
        var result = await services.GetRequiredService<DemoBestuur>().LoadAsync(db, scholen, leerlingen, zaad, today,
            done =>
            {
                if (done % step == 0 && done < scholen)
                {
                    error.WriteLine(string.Create(Domain.Nl.Culture, $"  {done:N0} van {scholen:N0} scholen ({stopwatch.Elapsed.TotalSeconds:N0} s)"));
                }
            }, ct);
        if (result is null)
        {
            await output.WriteLineAsync($"Bestuur {DemoBestuur.BestuurNaam} stond al in de database; er is niets veranderd.");
            return 0;
        }

        // Tables that grew from nothing to hundreds of thousands of rows carry the statistics of empty tables until
        // PostgreSQL's autovacuum analyses them (within a minute or so); a benchmark or a first user right after the
        // load would get plans made for empty tables. Analyse now, as after any bulk load (the pg_restore advice).
        // SQLite keeps no statistics unless asked, in production too, so it is measured as it runs.
        if (db.Database.IsNpgsql())
        {
            db.Database.SetCommandTimeout(TimeSpan.FromMinutes(10));
            await db.Database.ExecuteSqlRawAsync("ANALYZE", ct);
        }

        await output.WriteLineAsync(string.Create(Domain.Nl.Culture,
            $"Bestuur {DemoBestuur.BestuurNaam} aangemaakt (peildatum {today:yyyy-MM-dd}, zaad {zaad}): {result.Scholen:N0} scholen, {result.LwtLeerlingen:N0} LWT-leerlingen, {result.BbLeerlingen:N0} BB-leerlingen, {result.Overeenkomsten:N0} leer-werkovereenkomsten, {result.Urenregels:N0} urenregels, {result.Cijfers:N0} cijfers."));
        await output.WriteLineAsync($"Controlegetal: {result.Controlegetal}");
        await output.WriteLineAsync($"  {"LWT-coördinator",-18} {DemoBestuur.CoordinatorUserName,-20} {DemoUsers.Password}");
        await error.WriteLineAsync(string.Create(Domain.Nl.Culture, $"Klaar in {stopwatch.Elapsed.TotalSeconds:N1} s."));
        return 0;
    }
}
