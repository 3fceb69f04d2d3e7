using System.Net;
using System.Text.RegularExpressions;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Leerlingen;

/// <summary>
/// What one request costs the database (docs/performance.md): the login is checked with one query, not the six of
/// Identity's validator, and the dossier page of a full dossier stays within its number of queries.
/// </summary>
public sealed class DossierQueriesPerVerzoekTests(TellendeAppFactory factory) : IClassFixture<TellendeAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task LoginCheck_IsOneQuery_NoRolesOrClaimsRead()
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var commands = await CommandsAsync(client, "/Leerlingen/Nieuw");

        var login = Assert.Single(commands, c => c.Contains("AspNetUsers", StringComparison.Ordinal));
        Assert.Contains("SecurityStamp", login, StringComparison.Ordinal);
        Assert.DoesNotContain(commands, c => c.Contains("AspNetUserRoles", StringComparison.Ordinal) || c.Contains("AspNetUserClaims", StringComparison.Ordinal)
            || c.Contains("AspNetRole", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DossierPage_FullDossier_AtMostItsQueries()
    {
        int id;
        await using (var db = factory.CreateSystemDbContext())
        {
            // The fullest dossier of the demo school: leerjaar 4 with placements, hours and grades.
            id = await db.Leerlingen.Where(l => l.Leerjaar == 4 && l.Vakken.Any() && db.StageUren.Any(u => u.LeerlingId == l.Id))
                .OrderBy(l => l.Id).Select(l => l.Id).FirstAsync(Ct);
        }

        using var client = await TestClient.LoggedInAsync(factory);

        // A change in the school first, so that the dossier is not kept from an earlier test (ADR 0016).
        await using (var db = factory.CreateSystemDbContext())
        {
            var student = await db.Leerlingen.SingleAsync(l => l.Id == id, Ct);
            student.ClassName = student.ClassName + " ";
            await db.SaveChangesAsync(Ct);
        }

        var first = await CommandsAsync(client, $"/Leerlingen/Details/{id}");
        var again = await CommandsAsync(client, $"/Leerlingen/Details/{id}");

        // Not the school's logo (up to 200 kB): the page shows the school's name only; the header asks the logo's length.
        Assert.DoesNotContain(first, c => Regex.IsMatch(c, @"\.""?Logo""?\s*,", RegexOptions.None, TimeSpan.FromSeconds(1)));

        // The queries are named in the message, so a new one is seen at once.
        AssertAtMost(first, MaxQueries);
        AssertAtMost(again, MaxQueriesKept);
        Assert.DoesNotContain(again, c => c.Contains("\"StageUren\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task HomePage_CountsKept_UntilAChangeInTheSchool()
    {
        using var client = await TestClient.LoggedInAsync(factory);
        await ChangeAStudentAsync();
        var (first, before) = await PageAsync(client, "/");
        var (again, same) = await PageAsync(client, "/");

        // Counted once: the second view reads no hour entry and shows the same figures.
        Assert.Contains(first, c => c.Contains("\"StageUren\"", StringComparison.Ordinal));
        Assert.DoesNotContain(again, c => c.Contains("\"StageUren\"", StringComparison.Ordinal));
        Assert.Equal(Wachtend(before), Wachtend(same));

        // A day of hours entered: the next view counts it.
        await using (var db = factory.CreateSystemDbContext())
        {
            var entry = await db.StageUren.OrderBy(u => u.Date).FirstAsync(Ct);
            db.StageUren.Add(new Leerwerk.Domain.StageUren.StageUrenRegel
            {
                SchoolId = entry.SchoolId,
                LeerlingId = entry.LeerlingId,
                LeerwerkovereenkomstId = entry.LeerwerkovereenkomstId,
                Date = entry.Date.AddDays(-1),
                Hours = 4m,
                Status = Leerwerk.Domain.StageUren.UrenStatus.Ingevoerd,
                EnteredBy = "coordinator",
                EnteredAt = DateTime.UtcNow,
            });
            await db.SaveChangesAsync(Ct);
        }

        var (_, after) = await PageAsync(client, "/");
        Assert.Equal(Wachtend(before) + 1, Wachtend(after));
    }

    private static int Wachtend(string html) => int.Parse(
        Regex.Match(html, @"value"">([\d.]+)</span><span class=""label"">stagedagen wachten op goedkeuring", RegexOptions.None, TimeSpan.FromSeconds(1)).Groups[1].Value.Replace(".", "", StringComparison.Ordinal),
        System.Globalization.CultureInfo.InvariantCulture);

    private async Task ChangeAStudentAsync()
    {
        // A change in the school first, so that nothing is kept from an earlier test (ADR 0016).
        await using var db = factory.CreateSystemDbContext();
        var student = await db.Leerlingen.OrderBy(l => l.Id).FirstAsync(Ct);
        student.ClassName = student.ClassName + " ";
        await db.SaveChangesAsync(Ct);
    }

    /// <summary>
    /// The dossier page's queries (docs/performance.md lists them): 27 before the login check took one query and the
    /// student was read in one; one more since the data versions are read (ADR 0016).
    /// </summary>
    private const int MaxQueries = 19;

    /// <summary>The same dossier again without a change: kept, not loaded again (ADR 0016).</summary>
    private const int MaxQueriesKept = 4;

    private static void AssertAtMost(IReadOnlyList<string> commands, int max) =>
        Assert.True(commands.Count is > 0 && commands.Count <= max,
            $"{commands.Count} queries, at most {max}:\n" + string.Join("\n", commands.Select(c => c.ReplaceLineEndings(" ")[..Math.Min(140, c.Length)])));

    private async Task<IReadOnlyList<string>> CommandsAsync(TestClient client, string url) => (await PageAsync(client, url)).Commands;

    private async Task<(IReadOnlyList<string> Commands, string Html)> PageAsync(TestClient client, string url)
    {
        var tag = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Add(TellendeAppFactory.Header, tag);
        using var response = await client.Http.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return (factory.Commands(tag), await response.Content.ReadAsStringAsync(Ct));
    }
}
