using System.Net;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Leerlingen;

/// <summary>
/// A student who left the school drops out of every list of current work: the dashboard's "Aandacht nodig", the
/// stage-hours overview, the mbo partner's shared students (the student's page there answers 404) and the student
/// choice of a new leer-werkovereenkomst; the agreement already made keeps its own student when edited. Its own demo,
/// because the student leaves.
/// </summary>
public sealed class UitstroomLijstenTests(LeerwerkAppFactory factory) : IClassFixture<LeerwerkAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StudentWhoLeft_IsGoneFromAandachtStageUrenMboAndTheNewAgreementForm()
    {
        using var coordinator = await TestClient.LoggedInAsync(factory);
        using var mbo = await TestClient.LoggedInAsync(factory, "mbopartner");
        var (_, home) = await coordinator.GetPageAsync("/");
        var waiting = home.QuerySelectorAll("#aandacht li[data-soort='handtekening'] a")[0];
        var agreementId = int.Parse(waiting.GetAttribute("href")!.Split('/')[^1], System.Globalization.CultureInfo.InvariantCulture);
        string nummer;
        int leerlingId;
        await using (var db = factory.CreateSystemDbContext())
        {
            var student = await db.Leerwerkovereenkomsten.Where(o => o.Id == agreementId).Select(o => o.Leerling!).SingleAsync(Ct);
            (nummer, leerlingId) = (student.Leerlingnummer, student.Id);
        }

        // Before leaving the student is in each list.
        Assert.Contains(await StageUrenTextAsync(coordinator), s => s.Contains($"({nummer};", StringComparison.Ordinal));
        Assert.Contains(nummer, await MboTextAsync(mbo), StringComparison.Ordinal);
        Assert.NotNull((await coordinator.GetPageAsync("/Overeenkomsten/LeerwerkNieuw")).Document.QuerySelector($"select[name='Input.LeerlingId'] option[value='{leerlingId}']"));

        await using (var db = factory.CreateSystemDbContext())
        {
            var student = await db.Leerlingen.SingleAsync(l => l.Id == leerlingId, Ct);
            student.UitgestroomdOp = Arrange.Today;
            student.UitstroomReden = Domain.Leerlingen.UitstroomReden.Overstap;
            await db.SaveChangesAsync(Ct);
        }

        var (_, after) = await coordinator.GetPageAsync("/");
        Assert.Null(after.QuerySelector($"#aandacht a[href='/Overeenkomsten/Leerwerk/{agreementId}']"));
        Assert.DoesNotContain(await StageUrenTextAsync(coordinator), s => s.Contains($"({nummer};", StringComparison.Ordinal));
        Assert.DoesNotContain(nummer, await MboTextAsync(mbo), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, (await mbo.GetPageAsync($"/Mbo/Leerling/{leerlingId}")).Response.StatusCode);
        Assert.Null((await coordinator.GetPageAsync("/Overeenkomsten/LeerwerkNieuw")).Document.QuerySelector($"select[name='Input.LeerlingId'] option[value='{leerlingId}']"));

        // Posting the student anyway is refused with the form's own message.
        var refused = await TestClient.ParseAsync(await coordinator.SubmitFormAsync("/Overeenkomsten/LeerwerkNieuw", "form#leerwerk", new Dictionary<string, string>
        {
            ["Input.LeerlingId"] = leerlingId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }));
        Assert.Equal("Kies een leerling van de school.", refused.QuerySelector("[data-fout-voor='Input.LeerlingId']")!.TextContent.Trim());

        // The agreement already made keeps its student as the chosen one when edited (back to concept, so it can be).
        await using (var db = factory.CreateSystemDbContext())
        {
            var agreement = await db.Leerwerkovereenkomsten.SingleAsync(o => o.Id == agreementId, Ct);
            Domain.Overeenkomsten.Levensloop.Restore(agreement, Domain.Overeenkomsten.LeerwerkovereenkomstStatus.Concept);
            await db.SaveChangesAsync(Ct);
        }

        var (_, edit) = await coordinator.GetPageAsync($"/Overeenkomsten/LeerwerkBewerken/{agreementId}");
        var option = edit.QuerySelector($"select[name='Input.LeerlingId'] option[value='{leerlingId}']");
        Assert.NotNull(option);
        Assert.True(option.HasAttribute("selected"));
    }

    private static async Task<IReadOnlyList<string>> StageUrenTextAsync(TestClient client) =>
        [.. (await client.GetAllPagesAsync("/StageUren")).SelectMany(p => p.QuerySelectorAll("table tbody tr")).Select(r => r.TextContent)];

    private static async Task<string> MboTextAsync(TestClient client) =>
        (await client.GetPageAsync("/Mbo")).Document.QuerySelector("main")!.TextContent;
}
