using System.Globalization;
using System.Net;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Dashboard;

/// <summary>The dashboard's attention list: each kind from the demo, each linking to its record, and only the user's school.</summary>
[Collection(WebCollection.Name)]
public sealed class AandachtTests(LeerwerkAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("handtekening", "wacht op de handtekening van de ouders")]
    [InlineData("start", "is nog niet compleet")]
    [InlineData("erkenning", "De herbeoordeling door SBB van de SBB-erkenning van Timmerfabriek De Schaaf voor het profiel Bouwen, wonen en interieur (leer-werktraject) is te laat")]
    [InlineData("samenwerking", "is op")]
    public async Task Dashboard_Demo_ListsEachKindWithAWorkingLink(string kind, string text)
    {
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync("/");

        var item = page.QuerySelectorAll($"#aandacht li[data-soort='{kind}'] a")
            .FirstOrDefault(a => a.TextContent.Contains(text, StringComparison.OrdinalIgnoreCase));
        Assert.NotNull(item);
        var (response, _) = await client.GetPageAsync(item.GetAttribute("href")!.Split('#')[0]);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Dashboard_ConceptStartingWithinTwoWeeks_IsListedAndGoneWhenFarther()
    {
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        var company = await Arrange.CompanyAsync(factory, new Erkenning { ProfielCode = "ZW", IsLwt = true, GrantedOn = Arrange.Today.AddYears(-1) });
        await using var db = factory.CreateSystemDbContext();
        var student = await db.Leerlingen.Where(l => l.SchoolId == schoolId).OrderBy(l => l.Id).FirstAsync(Ct);
        var soon = Agreement(schoolId, student.Id, company.Id, Arrange.Today.AddDays(14));
        var later = Agreement(schoolId, student.Id, company.Id, Arrange.Today.AddDays(15));
        db.Leerwerkovereenkomsten.AddRange(soon, later);
        await db.SaveChangesAsync(Ct);
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync("/");

        Assert.NotNull(page.QuerySelector($"#aandacht li[data-soort='start'] a[href='/Overeenkomsten/Leerwerk/{soon.Id}']"));
        Assert.Null(page.QuerySelector($"#aandacht li[data-soort='start'] a[href='/Overeenkomsten/Leerwerk/{later.Id}']"));
    }

    [Fact]
    public async Task Dashboard_AnotherSchoolsRecords_AreNotListed()
    {
        var foreign = await Arrange.ForeignSchoolAsync(factory);
        await using (var db = factory.CreateSystemDbContext())
        {
            var agreement = await db.Leerwerkovereenkomsten.SingleAsync(o => o.Id == foreign.LeerwerkId, Ct);
            Levensloop.Restore(agreement, LeerwerkovereenkomstStatus.TerOndertekening);
            agreement.StartDate = Arrange.Today.AddDays(3);
            var samenwerking = await db.Samenwerkingsovereenkomsten.SingleAsync(s => s.Id == foreign.SamenwerkingId, Ct);
            samenwerking.NoticeGivenOn = Arrange.Today.AddDays(-1);
            await db.SaveChangesAsync(Ct);
        }

        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync("/");

        Assert.Null(page.QuerySelector($"#aandacht a[href='/Overeenkomsten/Leerwerk/{foreign.LeerwerkId}']"));
        Assert.Null(page.QuerySelector($"#aandacht a[href='/Overeenkomsten/Samenwerking/{foreign.SamenwerkingId}']"));
        Assert.DoesNotContain("Bedrijf van een andere school", page.QuerySelector("#aandacht")!.TextContent, StringComparison.Ordinal);
    }

    private static Leerwerkovereenkomst Agreement(int schoolId, int studentId, int companyId, DateOnly start) => new()
    {
        SchoolId = schoolId,
        LeerlingId = studentId,
        LeerbedrijfId = companyId,
        StartDate = start,
        EndDate = start.AddMonths(3),
        PlannedHours = 80m,
        Rooster = new Rooster { Monday = 8m },
        Inhoud = string.Create(CultureInfo.InvariantCulture, $"Test {Guid.NewGuid():N}"),
    };
}
