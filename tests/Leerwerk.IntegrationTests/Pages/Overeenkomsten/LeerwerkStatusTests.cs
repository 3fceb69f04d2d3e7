using System.Globalization;
using System.Net;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Rules;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Overeenkomsten;

/// <summary>The status buttons of a leer-werkovereenkomst over HTTP: refusals in Dutch, the history and its audit.</summary>
[Collection(WebCollectionB.Name)]
public sealed class LeerwerkStatusTests(LeerwerkAppFactory factory)
{
    private static readonly Dictionary<string, string> NoFields = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Status_ConceptWithMissingContent_IsRefusedInThePageAndNothingChanges()
    {
        var id = await AgreementAsync(LeerwerkovereenkomstStatus.Concept, complete: false);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync(Url(id), "form#naar-TerOndertekening", NoFields);
        var page = await TestClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var refusal = page.QuerySelector("#status-fout")!.TextContent;
        Assert.Contains("Ontbreekt: de inhoud, de leerdoelen", refusal, StringComparison.Ordinal);
        var reason = page.QuerySelector("#status-fout li")!;
        Assert.Equal("E7", reason.GetAttribute("data-code"));
        Assert.Equal(RuleCatalog.Get("E7").Citation.Text, reason.QuerySelector("a.citation")!.TextContent);
        Assert.Equal("Concept", page.QuerySelector("#status")!.TextContent);
        await using var db = factory.CreateSystemDbContext();
        Assert.Equal(LeerwerkovereenkomstStatus.Concept, (await db.Leerwerkovereenkomsten.SingleAsync(o => o.Id == id, Ct)).Status);
        Assert.False(await db.StatusWijzigingen.AnyAsync(s => s.LeerwerkovereenkomstId == id, Ct));
    }

    [Fact]
    public async Task Status_ActiefBeforeTheParentsSigned_IsRefusedNamingThem()
    {
        var id = await AgreementAsync(LeerwerkovereenkomstStatus.TerOndertekening, complete: true, Partij.BevoegdGezag, Partij.Leerbedrijf, Partij.Leerling);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync(Url(id), "form#naar-Getekend", NoFields);
        var page = await TestClient.ParseAsync(response);

        Assert.Contains("Nog niet getekend door de ouders of wettelijk vertegenwoordigers", page.QuerySelector("#status-fout")!.TextContent, StringComparison.Ordinal);
        await using var db = factory.CreateSystemDbContext();
        Assert.Equal(LeerwerkovereenkomstStatus.TerOndertekening, (await db.Leerwerkovereenkomsten.SingleAsync(o => o.Id == id, Ct)).Status);
    }

    [Fact]
    public async Task Status_ConceptToActief_WalksTheStepsKeepsHistoryAndAudits()
    {
        var id = await AgreementAsync(LeerwerkovereenkomstStatus.Concept, complete: true,
            Partij.BevoegdGezag, Partij.Leerbedrijf, Partij.Leerling, Partij.WettelijkVertegenwoordiger);
        using var client = await TestClient.LoggedInAsync(factory);

        foreach (var to in new[] { "TerOndertekening", "Getekend", "Actief" })
        {
            var response = await client.SubmitFormAsync(Url(id), $"form#naar-{to}", NoFields);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        await using var db = factory.CreateSystemDbContext();
        Assert.Equal(LeerwerkovereenkomstStatus.Actief, (await db.Leerwerkovereenkomsten.SingleAsync(o => o.Id == id, Ct)).Status);
        var history = await db.StatusWijzigingen.Where(s => s.LeerwerkovereenkomstId == id).OrderBy(s => s.Id).ToListAsync(Ct);
        Assert.Equal([LeerwerkovereenkomstStatus.TerOndertekening, LeerwerkovereenkomstStatus.Getekend, LeerwerkovereenkomstStatus.Actief], history.Select(h => h.To));
        Assert.All(history, h => Assert.Equal("coordinator", h.ChangedBy));
        Assert.True(await db.Audit.AnyAsync(a => a.EntityType == "StatusWijziging"
            && a.EntityId == history[2].Id.ToString(CultureInfo.InvariantCulture) && a.UserName == "coordinator", Ct));
        var (_, page) = await client.GetPageAsync(Url(id));
        Assert.Equal("Actief", page.QuerySelector("#status")!.TextContent);
        Assert.Equal(3, page.QuerySelectorAll("#statusgeschiedenis tbody tr").Length);
        Assert.NotNull(page.QuerySelector("form#beeindigen"));
    }

    [Fact]
    public async Task Beeindig_WithoutReason_IsRefusedAndWithReasonEnds()
    {
        var id = await AgreementAsync(LeerwerkovereenkomstStatus.Actief, complete: true);
        using var client = await TestClient.LoggedInAsync(factory);

        var refused = await TestClient.ParseAsync(await client.SubmitFormAsync(Url(id), "form#beeindigen", new Dictionary<string, string> { ["Einde.Reason"] = "" }));
        var ended = await client.SubmitFormAsync(Url(id), "form#beeindigen", new Dictionary<string, string>
        {
            ["Einde.On"] = "2026-12-01",
            ["Einde.Reason"] = "Verhuisd naar een andere regio",
        });

        Assert.Contains("Geef de reden van de beëindiging.", refused.QuerySelector("#status-fout")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, ended.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var saved = await db.Leerwerkovereenkomsten.SingleAsync(o => o.Id == id, Ct);
        Assert.Equal((LeerwerkovereenkomstStatus.Beeindigd, new DateOnly(2026, 12, 1), "Verhuisd naar een andere regio"), (saved.Status, saved.EndedOn, saved.EndReason));
        Assert.Equal("Verhuisd naar een andere regio", (await db.StatusWijzigingen.SingleAsync(s => s.LeerwerkovereenkomstId == id, Ct)).Reason);
    }

    [Fact]
    public async Task Vervang_RecordsTheCauseAndCreatesTheLinkedReplacement()
    {
        var id = await AgreementAsync(LeerwerkovereenkomstStatus.Actief, complete: true);
        var company = await Arrange.CompanyAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var missing = await TestClient.ParseAsync(await client.SubmitFormAsync(Url(id), "form#vervangen", new Dictionary<string, string> { ["Einde.Reason"] = "" }));
        var response = await client.SubmitFormAsync(Url(id), "form#vervangen", new Dictionary<string, string>
        {
            ["Einde.On"] = "2026-11-20",
            ["Einde.Reason"] = "Het leerbedrijf is failliet",
            ["Einde.NewLeerbedrijfId"] = company.Id.ToString(CultureInfo.InvariantCulture),
            ["Einde.NewStartDate"] = "2026-11-23",
        });

        var reasons = missing.QuerySelector("#status-fout")!.TextContent;
        Assert.Contains("Kies het leerbedrijf van de vervangende plaatsing.", reasons, StringComparison.Ordinal);
        Assert.Contains("Leg de oorzaak vast", reasons, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var old = await db.Leerwerkovereenkomsten.SingleAsync(o => o.Id == id, Ct);
        var replacement = await db.Leerwerkovereenkomsten.SingleAsync(o => o.Id == old.ReplacedById, Ct);
        Assert.Equal((LeerwerkovereenkomstStatus.Vervangen, "Het leerbedrijf is failliet"), (old.Status, old.EndReason));
        Assert.Equal((LeerwerkovereenkomstStatus.Concept, company.Id, old.LeerlingId, new DateOnly(2026, 11, 23)),
            (replacement.Status, replacement.LeerbedrijfId, replacement.LeerlingId, replacement.StartDate));
        Assert.Equal($"/Overeenkomsten/Leerwerk/{replacement.Id}", response.Headers.Location!.OriginalString);
        var (_, page) = await client.GetPageAsync(Url(replacement.Id));
        Assert.Contains("Het leerbedrijf is failliet", page.QuerySelector("#vervangt")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mentor_SeesNoStatusButtonsAndCannotPost()
    {
        var id = await AgreementAsync(LeerwerkovereenkomstStatus.Concept, complete: true);
        using var client = await TestClient.LoggedInAsync(factory, "mentor");

        var (_, page) = await client.GetPageAsync(Url(id));

        Assert.Null(page.QuerySelector("#status-acties"));
    }

    private static string Url(int id) => $"/Overeenkomsten/Leerwerk/{id}";

    /// <summary>A new agreement for the demo school's first (minor) student, in the given status and with the given signatures.</summary>
    private async Task<int> AgreementAsync(LeerwerkovereenkomstStatus status, bool complete, params Partij[] signed)
    {
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var today = Arrange.Today;
        var student = await db.Leerlingen.Where(l => l.SchoolId == schoolId && l.BirthDate > today.AddYears(-17)).OrderBy(l => l.Id).FirstAsync(Ct);
        var supervisor = await db.Praktijkbegeleiders.Where(p => p.SchoolId == schoolId).OrderBy(p => p.Id).FirstAsync(Ct);
        var agreement = new Leerwerkovereenkomst
        {
            SchoolId = schoolId,
            LeerlingId = student.Id,
            LeerbedrijfId = supervisor.LeerbedrijfId,
            PraktijkbegeleiderId = supervisor.Id,
            StartDate = new DateOnly(2026, 9, 14),
            EndDate = new DateOnly(2027, 7, 9),
            PlannedHours = 270m,
            Rooster = new Rooster { Monday = 7.5m },
        };
        Levensloop.Restore(agreement, status);
        if (complete)
        {
            agreement.Inhoud = "Meewerken in de keuken.";
            agreement.Leerdoelen = "Zelfstandig werken.";
            agreement.Beoordelingsmaatstaven = "Beoordelingsformulier.";
            agreement.Begeleiding = "Wekelijks contact.";
            agreement.VoortijdigeBeeindiging = "Na overleg.";
        }

        agreement.Ondertekeningen.AddRange(signed.Select(p => new Ondertekening { SchoolId = schoolId, Partij = p, SignerName = p.ToString(), SignedOn = new DateOnly(2026, 9, 1) }));
        db.Leerwerkovereenkomsten.Add(agreement);
        await db.SaveChangesAsync(Ct);
        return agreement.Id;
    }
}
