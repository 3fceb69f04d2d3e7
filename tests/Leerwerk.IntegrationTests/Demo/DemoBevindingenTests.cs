using System.Security.Claims;
using Leerwerk.Data.Identity;
using Leerwerk.Domain.Rules;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.Web.Bevindingen;
using Leerwerk.Web.Infrastructure;

namespace Leerwerk.IntegrationTests.Demo;

/// <summary>
/// The demo school teaches what red means: its MOET and ADVIES findings are exactly the breaches docs/demo.md lists,
/// judged by the evaluation the dossier and leerbedrijf pages use (<see cref="SchoolBevindingen"/>). A fresh app of
/// its own, so no other test's arranged records are counted.
/// </summary>
public sealed class DemoBevindingenTests(LeerwerkAppFactory factory) : IClassFixture<LeerwerkAppFactory>
{
    /// <summary>The subject and rule id of every documented breach, as in the table of docs/demo.md.</summary>
    private static readonly string[] Documented =
    [
        "Leerling 24003 (Julia Meijer) · B7",
        "Leerling 24003 (Julia Meijer) · B8",
        "Leerling 24005 (Sem van der Linden) · E6",
        "Leerling 24005 (Sem van der Linden) · E3",
        "Leerling 24011 (Daan van den Berg) · E1",
        "Leerling 24011 (Daan van den Berg) · E3",
        "Leerling 24015 (Levi Meijer) · E3",
        "Leerling 24028 (Sem Hendriks) · E5",
        "Leerling 24028 (Sem Hendriks) · E5-UREN",
        "Leerling 24028 (Sem Hendriks) · E1",
        "Leerling 24028 (Sem Hendriks) · E3",
        "Leerling 24028 (Sem Hendriks) · B2",
        "Leerling 24031 (Luuk Jansen) · E5",
        "Leerling 24031 (Luuk Jansen) · E5-UREN",
        "Leerling 24031 (Luuk Jansen) · E1",
        "Leerling 24031 (Luuk Jansen) · E3",
        "Leerling 24031 (Luuk Jansen) · B2",
        "Leerling 24034 (Emma Yılmaz) · E5",
        "Leerling 24034 (Emma Yılmaz) · E5-UREN",
        "Leerling 24034 (Emma Yılmaz) · E1",
        "Leerling 24034 (Emma Yılmaz) · E3",
        "Leerling 24037 (Thijs Willems) · E5",
        "Leerling 24037 (Thijs Willems) · E5-UREN",
        "Leerling 24037 (Thijs Willems) · E1",
        "Leerling 24037 (Thijs Willems) · E3",
        "Leerling 24061 (Ilias Brouwer) · B8",
        "Leerling 24008 (Elif Kaya) · D4",
        "Leerling 24023 (Lieke de Groot) · D5",
        "Leerling 24040 (Finn Vos) · D6",
        "Timmerfabriek De Schaaf · F1",
        "Leerling 24044 (Mees van Dijk) · F1",
        "Leerling 24046 (Lieke Peters) · F1",
        "Leerling 24048 (Julia Mulder) · F1",
    ];

    [Fact]
    public async Task DemoSchool_FindingsAreExactlyTheDocumentedSet()
    {
        await using var db = factory.CreateSystemDbContext();

        // The worklist's evaluation as the coördinator sees it: every student and leerbedrijf of the school.
        var coordinator = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.Role, Roles.Coordinator)], "test"));
        var findings = await SchoolBevindingen.EvaluateAsync(db, new VersionedResults(TimeProvider.System), coordinator, Arrange.Today, TestContext.Current.CancellationToken);

        var actual = findings.Where(f => f.Finding.Kind is RuleKind.Moet or RuleKind.Advies)
            .Select(f => $"{f.Finding.Subject} · {f.Finding.RuleId}")
            .ToHashSet(StringComparer.Ordinal);
        var unexpected = findings.Where(f => f.Finding.Kind is RuleKind.Moet or RuleKind.Advies && !Documented.Contains($"{f.Finding.Subject} · {f.Finding.RuleId}"))
            .Select(f => $"{f.Finding.Subject} · {f.Finding.RuleId}: {f.Finding.Message}").Order(StringComparer.Ordinal).ToList();
        var missing = Documented.Except(actual).Order(StringComparer.Ordinal).ToList();
        Assert.True(unexpected.Count == 0 && missing.Count == 0,
            $"Niet gedocumenteerd:\n{string.Join('\n', unexpected)}\nGedocumenteerd maar niet gevonden:\n{string.Join('\n', missing)}");
    }

    [Fact]
    public void DocsDemoMd_ListsEveryDocumentedBreach()
    {
        var doc = File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "demo.md"));

        Assert.All(Documented, entry =>
        {
            var (subject, rule) = (entry[..entry.IndexOf(" · ", StringComparison.Ordinal)], entry[(entry.IndexOf(" · ", StringComparison.Ordinal) + 3)..]);
            Assert.Contains($"| {subject} | {rule} |", doc, StringComparison.Ordinal);
        });
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Leerwerk.slnx")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Leerwerk.slnx not found.");
    }
}
