using System.Data.Common;
using System.Net;
using System.Text.RegularExpressions;
using Leerwerk.Data.Avg;
using Leerwerk.Data.Import;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Leerwerk.IntegrationTests.Avg;

/// <summary>
/// The AVG erasure of a demo student through the page, on SQLite and (with LEERWERK_TEST_POSTGRES) PostgreSQL: afterwards
/// no text column and no file column of any table (enumerated from the EF model, so a new table is searched too) holds her
/// first name, last name or number, nor her parent's name, while every anonymous count stays the same. A fresh demo of its own.
/// The student is the demo's graduate 24062 (Dewi Oosterhuis): her names are the demo's only Dewi and Oosterhuis, so a hit
/// can only be her.
/// </summary>
public sealed class LeerlingWissingTests(LeerwerkAppFactory factory) : IClassFixture<LeerwerkAppFactory>
{
    private static readonly string[] Traces = ["Dewi", "Oosterhuis", "24062", "Wendy", "ouder24062"];

    [Fact]
    public async Task Wissen_DemoGraduate_NoTraceOfTheNameInAnyTextColumnAndCountsUnchanged()
    {
        var ct = TestContext.Current.CancellationToken;
        int id;
        await using (var db = factory.CreateSystemDbContext())
        {
            id = await db.Leerlingen.Where(l => l.Leerlingnummer == "24062").Select(l => l.Id).SingleAsync(ct);
        }

        var beheerder = await TestClient.LoggedInAsync(factory, "demobeheerder");
        // Downloads of personal data are audited with their file name: the trail mentions her before the erasure.
        Assert.Equal(HttpStatusCode.OK, (await beheerder.Http.GetAsync(new Uri($"/Leerlingen/DossierPdf/{id}", UriKind.Relative), ct)).StatusCode);
        var export = await beheerder.Http.GetAsync(new Uri($"/Leerlingen/Avg/Export/{id}?handler=Json", UriKind.Relative), ct);
        Assert.Contains("Oosterhuis", await export.Content.ReadAsStringAsync(ct), StringComparison.Ordinal);
        // A previewed students file that was never committed holds her row as the LAS wrote it.
        await using (var db = factory.CreateSystemDbContext())
        {
            db.ImportBestanden.Add(new ImportBestand
            {
                Id = Guid.NewGuid(),
                SchoolId = await db.Leerlingen.Where(l => l.Id == id).Select(l => l.SchoolId).SingleAsync(ct),
                UserName = "demobeheerder",
                Soort = ImportSoort.Leerlingen,
                FileName = "las.csv",
                Inhoud = System.Text.Encoding.UTF8.GetBytes("Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam\n24062;Dewi;;Oosterhuis\n"),
                CreatedAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync(ct);
        }

        var before = await CountsAsync(beheerder, ct);
        foreach (var trace in Traces)
        {
            Assert.NotEmpty(await FindAsync(trace, ct));
        }

        Assert.Contains(await FindAsync("Oosterhuis", ct), f => f.StartsWith("ImportBestanden.Inhoud:", StringComparison.Ordinal));

        var wrong = await beheerder.SubmitFormAsync($"/Leerlingen/Avg/Wissen/{id}", "#wissen", new Dictionary<string, string> { ["Bevestiging"] = "Dewi" });
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.NotEmpty(await FindAsync("Oosterhuis", ct));

        var response = await beheerder.SubmitFormAsync($"/Leerlingen/Avg/Wissen/{id}", "#wissen", new Dictionary<string, string> { ["Bevestiging"] = "24062" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        foreach (var trace in Traces)
        {
            var found = await FindAsync(trace, ct);
            Assert.True(found.Count == 0, $"'{trace}' staat nog in: {string.Join("; ", found)}");
        }

        Assert.Equal(before, await CountsAsync(beheerder, ct));
        await using (var db = factory.CreateSystemDbContext())
        {
            // The audit facts stay: her record's history and the erasure itself, now with the marker.
            var audit = await db.Audit.Where(a => a.EntityType == "Leerling" && a.EntityId == id.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToListAsync(ct);
            Assert.Contains(audit, a => a.Action == "toegevoegd" && a.Changes.Contains(LeerlingWissing.Marker, StringComparison.Ordinal));
            Assert.Contains(audit, a => a.Action == LeerlingWissing.Gewist);
            // The export was audited as a download of her record, and that fact stays.
            Assert.Contains(audit, a => a.Action == "gedownload" && a.Changes.Contains("/Leerlingen/Avg/Export/", StringComparison.Ordinal));
            Assert.NotNull((await db.Leerlingen.SingleAsync(l => l.Id == id, ct)).GewistOp);
        }
    }

    [Fact]
    public async Task Wissen_CurrentStudentWithAgreementsAndHours_NumberAndParentGoneCountsUnchanged()
    {
        // 24011 has agreements, signatures and a year and a half of hours; the demo's names repeat, so the
        // search is for the number and the parent's e-mail, which are the student's own.
        var ct = TestContext.Current.CancellationToken;
        int id;
        await using (var db = factory.CreateSystemDbContext())
        {
            id = await db.Leerlingen.Where(l => l.Leerlingnummer == "24011").Select(l => l.Id).SingleAsync(ct);
            Assert.True(await db.StageUren.AnyAsync(u => u.LeerlingId == id, ct));
        }

        var beheerder = await TestClient.LoggedInAsync(factory, "demobeheerder");
        var pdf = await beheerder.Http.GetAsync(new Uri($"/Leerlingen/Avg/Export/{id}?handler=Pdf", UriKind.Relative), ct);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var before = await CountsAsync(beheerder, ct);
        Assert.NotEmpty(await FindAsync("24011", ct));

        var response = await beheerder.SubmitFormAsync($"/Leerlingen/Avg/Wissen/{id}", "#wissen", new Dictionary<string, string> { ["Bevestiging"] = "24011" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Empty(await FindAsync("24011", ct));
        Assert.Empty(await FindAsync("ouder24011", ct));
        Assert.Equal(before, await CountsAsync(beheerder, ct));
    }

    /// <summary>The anonymous counts: the records kept for them, and the school's Rapportage page as the coördinator reads it.</summary>
    private async Task<string> CountsAsync(TestClient client, CancellationToken ct)
    {
        await using var db = factory.CreateSystemDbContext();
        var rapportage = await client.Http.GetStringAsync(new Uri("/Rapportage", UriKind.Relative), ct);
        // From the heading on: above it the layout shows the status message of the erasure once.
        var main = rapportage[rapportage.IndexOf("<h1>", StringComparison.Ordinal)..rapportage.IndexOf("</main>", StringComparison.Ordinal)];
        // The bar chart is drawn from the table's numbers, which stay compared; its SVG gets new clip-path ids each time.
        main = Regex.Replace(main, "<svg.*?</svg>", "<svg/>", RegexOptions.Singleline, TimeSpan.FromSeconds(5));
        return string.Join('|',
            await db.Leerlingen.CountAsync(ct), await db.RouteBesluiten.CountAsync(ct), await db.Vakken.CountAsync(ct),
            await db.Leerwerkovereenkomsten.CountAsync(ct), (await db.StageUren.Select(u => u.Hours).ToListAsync(ct)).Sum(), await db.Doorstroom.CountAsync(ct),
            await db.Leerlingen.CountAsync(l => l.UitgestroomdOp != null, ct), main);
    }

    /// <summary>
    /// Every "table.column: value" where <paramref name="text"/> occurs as a word or number of its own (not inside a longer
    /// one, such as a hash), case-insensitively, in any text column of any table of the EF model, or in any file column
    /// (bytes, read as UTF-8: an uploaded CSV or letter).
    /// </summary>
    private async Task<List<string>> FindAsync(string text, CancellationToken ct)
    {
        await using var db = factory.CreateSystemDbContext();
        var word = new Regex($@"(?<![\p{{L}}\p{{N}}]){Regex.Escape(text)}(?![\p{{L}}\p{{N}}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
        var columns = Columns(db, typeof(string));
        Assert.Contains(columns, c => c.Table == "Audit" && c.Column == "Changes");
        var found = new List<string>();
        var connection = db.Database.GetDbConnection();
        await connection.OpenAsync(ct);
        foreach (var (table, column) in columns)
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT \"{column}\" FROM \"{table}\" WHERE lower(\"{column}\") LIKE @p";
            var parameter = command.CreateParameter();
            parameter.ParameterName = "@p";
            parameter.Value = $"%{text.ToLowerInvariant()}%";
            command.Parameters.Add(parameter);
            await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var value = reader.GetString(0);
                if (word.IsMatch(value))
                {
                    found.Add($"{table}.{column}: {value[..Math.Min(value.Length, 200)]}");
                }
            }
        }

        foreach (var (table, column) in Columns(db, typeof(byte[])))
        {
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT \"{column}\" FROM \"{table}\" WHERE \"{column}\" IS NOT NULL";
            await using DbDataReader reader = await command.ExecuteReaderAsync(ct);
            while (await reader.ReadAsync(ct))
            {
                var value = System.Text.Encoding.UTF8.GetString((byte[])reader.GetValue(0));
                if (word.IsMatch(value))
                {
                    found.Add($"{table}.{column}: {value[..Math.Min(value.Length, 200)]}");
                }
            }
        }

        return found;
    }

    /// <summary>Every (table, column) of the EF model whose property is of <paramref name="type"/>.</summary>
    private static List<(string Table, string Column)> Columns(Microsoft.EntityFrameworkCore.DbContext db, Type type) =>
        db.Model.GetEntityTypes()
            .Where(t => t.GetTableName() is not null)
            .SelectMany(t => t.GetProperties().Where(p => p.ClrType == type)
                .Select(p => (Table: t.GetTableName()!, Column: p.GetColumnName(StoreObjectIdentifier.Table(t.GetTableName()!, t.GetSchema()))!)))
            .Distinct()
            .ToList();
}
