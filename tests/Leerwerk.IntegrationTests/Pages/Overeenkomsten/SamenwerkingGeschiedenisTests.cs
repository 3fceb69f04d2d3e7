using System.Net;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Overeenkomsten;

/// <summary>The status history of a samenwerkingsovereenkomst: notice and an immediate end on bankruptcy.</summary>
[Collection(WebCollectionB.Name)]
public sealed class SamenwerkingGeschiedenisTests(LeerwerkAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Bewerken_NoticeThenImmediateEnd_RecordsBothInTheHistory()
    {
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        int id;
        await using (var db = factory.CreateSystemDbContext())
        {
            var partner = await db.MboInstellingen.Where(m => m.SchoolId == schoolId).OrderBy(m => m.Id).FirstAsync(Ct);
            var agreement = new Samenwerkingsovereenkomst { SchoolId = schoolId, MboInstellingId = partner.Id, Soort = SamenwerkingSoort.GeintegreerdeLeerroute, StartDate = new DateOnly(2023, 8, 1) };
            db.Samenwerkingsovereenkomsten.Add(agreement);
            await db.SaveChangesAsync(Ct);
            id = agreement.Id;
        }

        using var client = await TestClient.LoggedInAsync(factory);
        var url = $"/Overeenkomsten/SamenwerkingBewerken/{id}";

        var notice = await client.SubmitFormAsync(url, "form#samenwerking", new Dictionary<string, string> { ["Input.NoticeGivenOn"] = "2026-10-01" });
        var end = await client.SubmitFormAsync(url, "form#samenwerking", new Dictionary<string, string>
        {
            ["Input.EndedOn"] = "2026-11-15",
            ["Input.EndReason"] = "Faillissement van de mbo-instelling",
        });

        Assert.Equal(HttpStatusCode.Redirect, notice.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, end.StatusCode);
        await using var check = factory.CreateSystemDbContext();
        var history = await check.SamenwerkingWijzigingen.Where(w => w.SamenwerkingsovereenkomstId == id).OrderBy(w => w.Id).ToListAsync(Ct);
        Assert.Equal(2, history.Count);
        Assert.Equal(("Opgezegd; van kracht tot en met 31 maart 2027", new DateOnly(2026, 10, 1)), (history[0].Description, history[0].EffectiveOn));
        Assert.Equal(("Beëindigd: Faillissement van de mbo-instelling", "coordinator"), (history[1].Description, history[1].ChangedBy));
        var (_, page) = await client.GetPageAsync($"/Overeenkomsten/Samenwerking/{id}");
        Assert.Equal(2, page.QuerySelectorAll("#samenwerking-geschiedenis tbody tr").Length);
    }
}
