using System.Diagnostics;
using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Domain.StageUren;
using Leerwerk.IntegrationTests.Pages.Leerlingen;

namespace Leerwerk.IntegrationTests.Storingen;

/// <summary>
/// <c>kill -9</c> of the real app while it stores a large import or an approval: after a restart on the same database
/// the app starts and serves, and the work is there whole or not at all (SQLite's file also passes its integrity check).
/// The kill lands while the transaction writes when it can be seen (SQLite's journal, PostgreSQL's transaction id); a
/// kill before or after the commit is as good a test of all-or-nothing. SQLite in the SQLite tier, PostgreSQL in the other.
/// </summary>
public sealed class Kill9Tests
{
    private const int ImportRows = 20_000;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task KillDuringLargeImport_AfterRestartAllRowsOrNone()
    {
        await using var database = new LosseDatabase();
        int before;
        await using (var app = await LosseApp.StartAsync(LosseDatabase.Provider, database.Verbinding, Ct))
        {
            using var client = await app.LoggedInAsync();
            before = await database.CountStudentsAsync(Ct);
            var (response, preview) = await ImportTests.PreviewAsync(client, StudentsFile(), "groot.csv");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"Preview gave {(int)response.StatusCode}:\n{app.Output}");
            var form = preview.QuerySelector<IHtmlFormElement>("#import-doorvoeren")!;

            await KillWhileWritingAsync(app, database, client.SubmitAsync("/Leerlingen/Import", form, new Dictionary<string, string>()), TimeSpan.FromMilliseconds(500));
        }

        await using var again = await LosseApp.StartAsync(LosseDatabase.Provider, database.Verbinding, Ct);
        var after = await database.CountStudentsAsync(Ct);
        Assert.True(after == before || after == before + ImportRows, $"{after - before} of {ImportRows} rows stored");
        TestContext.Current.SendDiagnosticMessage(after == before ? "Import: none stored." : "Import: all stored.");
        if (database.SqliteFile is not null)
        {
            Assert.Equal("ok", await database.IntegrityCheckAsync(Ct));
        }

        using var user = await again.LoggedInAsync();
        var (list, _) = await user.GetPageAsync("/Leerlingen");
        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    [Fact]
    public async Task KillDuringApproval_AfterRestartTheWeekIsAllApprovedOrAllOpen()
    {
        await using var database = new LosseDatabase();
        string token;
        int[] entries;
        await using (var app = await LosseApp.StartAsync(LosseDatabase.Provider, database.Verbinding, Ct))
        {
            (token, var week, entries) = await database.OpenWeekAsync(Ct);
            using var praktijkbegeleider = app.Client();
            var (_, page) = await praktijkbegeleider.GetPageAsync($"/goedkeuren/{token}");
            var form = page.QuerySelector<IHtmlFormElement>($"#goedkeuren-{week}")
                ?? throw new InvalidOperationException($"No approval form for week {week}:\n{page.Body?.TextContent}");

            await KillWhileWritingAsync(app, database,
                praktijkbegeleider.SubmitAsync($"/goedkeuren/{token}", form, new Dictionary<string, string> { ["Naam"] = "Piet Begeleider" }), TimeSpan.Zero);
        }

        await using var again = await LosseApp.StartAsync(LosseDatabase.Provider, database.Verbinding, Ct);
        var statuses = await database.StatusesAsync(entries, Ct);
        Assert.Equal(5, statuses.Length);
        Assert.True(statuses.All(s => s == UrenStatus.Goedgekeurd) || statuses.All(s => s == UrenStatus.Ingevoerd), string.Join(", ", statuses));
        TestContext.Current.SendDiagnosticMessage(statuses[0] == UrenStatus.Goedgekeurd ? "Approval: all stored." : "Approval: none stored.");
        if (database.SqliteFile is not null)
        {
            Assert.Equal("ok", await database.IntegrityCheckAsync(Ct));
        }

        using var client = again.Client();
        var (response, _) = await client.GetPageAsync($"/goedkeuren/{token}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>
    /// Waits until the request's transaction has begun to write, then <paramref name="delay"/> more, and kills the app
    /// (at once when the request ended first). Tells in the test output where the kill landed.
    /// </summary>
    private static async Task KillWhileWritingAsync(LosseApp app, LosseDatabase database, Task<HttpResponseMessage> request, TimeSpan delay)
    {
        var watch = Stopwatch.StartNew();
        while (!request.IsCompleted && !await database.IsWritingAsync(Ct))
        {
            await Task.Delay(1, Ct);
        }

        var writing = !request.IsCompleted;
        if (writing && delay > TimeSpan.Zero)
        {
            await Task.WhenAny(request, Task.Delay(delay, Ct));
        }

        var landed = request.IsCompleted ? "after the answer" : "while writing";
        await app.KillAsync();
        TestContext.Current.SendDiagnosticMessage(string.Create(CultureInfo.InvariantCulture, $"Killed {landed}, {watch.ElapsedMilliseconds} ms after the request."));
        try
        {
            await request;
        }
        catch (HttpRequestException)
        {
            // The connection died with the process: that is the point.
        }
    }

    /// <summary>Some tens of thousands of new students of the demo school, valid as the app's real clock sees them.</summary>
    private static byte[] StudentsFile()
    {
        var birth = DateOnly.FromDateTime(DateTime.Today).AddYears(-15).AddDays(-30).ToString("dd-MM-yyyy", CultureInfo.InvariantCulture);
        var prefix = Guid.NewGuid().ToString("N")[..4].ToUpperInvariant();
        return LasBestanden.Windows1252Csv([.. Enumerable.Range(0, ImportRows)
            .Select(i => string.Create(CultureInfo.InvariantCulture, $"K{prefix}{i:D6};Vera;;Kill;{birth};BB;3;ZW;3G{i % 9};;;;"))]);
    }
}
