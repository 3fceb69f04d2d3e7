using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.IntegrationTests.Pages.Leerlingen;
using Leerwerk.Web.Infrastructure.Storingen;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Storingen;

/// <summary>
/// The SQLite database's disk fills up: a form and an import answer a clear Dutch "the disk is full" (507, not 500),
/// the database file stays intact with every row stored before, and once there is room again saving works. SQLite
/// in both tiers: the fault is SQLite's own.
/// </summary>
public sealed class SchijfVolTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task SqliteDiskFull_GivesTheDutchDiskFullPage_AndLeavesTheDatabaseIntact()
    {
        var (schijf, reden) = await KleineSchijf.TryMountAsync(48, Ct);
        Assert.SkipWhen(schijf is null, reden ?? "");
        await using var disk = schijf!;
        var file = Path.Combine(disk.Folder, "leerwerk.db");
        await using var app = new EigenDatabaseAppFactory("Sqlite", $"Data Source={file}");
        using var client = await TestClient.LoggedInAsync(app);
        var saved = TestStudents.NewNumber();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitFormAsync("/Leerlingen/Nieuw", "form.stacked", TestStudents.ValidForm(saved))).StatusCode);
        var (_, nieuw) = await client.GetPageAsync("/Leerlingen/Nieuw");
        var form = nieuw.QuerySelector<IHtmlFormElement>("form.stacked")!;
        var before = await CountsAsync(file);

        await disk.FillAsync(Ct);

        var lost = TestStudents.NewNumber();
        var post = await client.SubmitAsync("/Leerlingen/Nieuw", form, TestStudents.ValidForm(lost));
        AssertDiskFullPage(post, await TestClient.ParseAsync(post));
        var birth = DateOnly.FromDateTime(DateTime.Today).AddYears(-15).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        var (import, importPage) = await ImportTests.PreviewAsync(client, LasBestanden.Windows1252Csv($"{TestStudents.NewNumber()};Vera;;Vol;{birth};BB;3;ZW;3G1;;;;"), "leerlingen.csv");
        AssertDiskFullPage(import, importPage);
        // Reading still works while the disk is full: /healthz keeps the instance in the load balancer.
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync(new Uri("/healthz", UriKind.Relative), Ct)).StatusCode);

        Assert.Equal("ok", await IntegrityCheckAsync(file));
        Assert.Equal(before, await CountsAsync(file));

        disk.Empty();
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync("/Leerlingen/Nieuw", form, TestStudents.ValidForm(lost))).StatusCode);
        await using var db = app.CreateSystemDbContext();
        Assert.True(await db.Leerlingen.AnyAsync(l => l.Leerlingnummer == saved, Ct));
        Assert.True(await db.Leerlingen.AnyAsync(l => l.Leerlingnummer == lost, Ct));
    }

    private static void AssertDiskFullPage(HttpResponseMessage response, IHtmlDocument page)
    {
        Assert.Equal(HttpStatusCode.InsufficientStorage, response.StatusCode);
        Assert.Equal(StoringAntwoord.SchijfVolTitel, page.QuerySelector("h1")?.TextContent);
        var text = page.Body!.TextContent;
        Assert.Contains("Wat u net deed, is niet opgeslagen.", text, StringComparison.Ordinal);
        Assert.Contains("Meld aan de beheerder van Leerwerk dat de schijf vol is.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("SQLite", text, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Every table's rows, read straight from the file: nothing stored before may be gone, nothing half-written added.</summary>
    private static async Task<Dictionary<string, long>> CountsAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        var tables = new List<string>();
        await using (var list = connection.CreateCommand())
        {
            list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'";
            await using var reader = await list.ExecuteReaderAsync(Ct);
            while (await reader.ReadAsync(Ct))
            {
                tables.Add(reader.GetString(0));
            }
        }

        var counts = new Dictionary<string, long>();
        foreach (var table in tables)
        {
            await using var count = connection.CreateCommand();
            count.CommandText = $"SELECT count(*) FROM \"{table}\"";
            counts[table] = (long)(await count.ExecuteScalarAsync(Ct))!;
        }

        return counts;
    }

    internal static async Task<string> IntegrityCheckAsync(string file)
    {
        await using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync(Ct);
        await using var check = connection.CreateCommand();
        check.CommandText = "PRAGMA integrity_check";
        return (string)(await check.ExecuteScalarAsync(Ct))!;
    }
}
