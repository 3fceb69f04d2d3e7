using System.Globalization;
using System.Net;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Leerbedrijven;

/// <summary>The F1, F2 and F3 findings on the Leerbedrijven/Details page, and the kwaliteitseisen checklist.</summary>
[Collection(WebCollectionB.Name)]
public sealed class LeerbedrijfBevindingenTests(LeerwerkAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Details_NoLwtStudentForFourYears_ShowsF2AndLapsedTag()
    {
        var company = await Arrange.CompanyAsync(factory, new Erkenning { ProfielCode = "ZW", IsLwt = true, GrantedOn = Arrange.Today.AddYears(-4), LastAssessedOn = Arrange.Today.AddYears(-1) });
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync($"/Leerbedrijven/Details/{company.Id}");

        var findings = page.QuerySelector("#leerbedrijf-bevindingen")!.TextContent;
        Assert.Contains("F2", findings, StringComparison.Ordinal);
        Assert.Contains("van rechtswege vervallen", findings, StringComparison.Ordinal);
        Assert.Contains("Vervallen", page.QuerySelector("#erkenningen + .leerwerk-table-scroll table")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Details_HostedLastYearButAssessmentOverdue_ShowsF1NotF2()
    {
        var company = await Arrange.CompanyAsync(factory, new Erkenning { ProfielCode = "ZW", IsLwt = true, GrantedOn = Arrange.Today.AddYears(-4).AddMonths(-6), LastAssessedOn = Arrange.Today.AddYears(-4).AddDays(-1) });
        await HostAsync(company.Id, Arrange.Today.AddYears(-1), Arrange.Today.AddMonths(-3));
        using var client = await TestClient.LoggedInAsync(factory);

        var (_, page) = await client.GetPageAsync($"/Leerbedrijven/Details/{company.Id}");

        var findings = page.QuerySelector("#leerbedrijf-bevindingen")!.TextContent;
        Assert.Contains("De herbeoordeling door SBB", findings, StringComparison.Ordinal);
        Assert.DoesNotContain("van rechtswege", findings, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Kwaliteitseisen_Saved_ShowInTheChecklistAndF3()
    {
        var company = await Arrange.CompanyAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Leerbedrijven/Kwaliteitseisen/{company.Id}", "form#kwaliteitseisen", new Dictionary<string, string>
        {
            ["Input.AssessedOn"] = Arrange.IsoDate(Arrange.Today),
            ["Input.Source"] = "Bezoek SBB-adviseur",
            ["Input.Oordeel[a]"] = "ja",
            ["Input.Oordeel[c]"] = "nee",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var saved = await db.Kwaliteitseisen.Where(k => k.LeerbedrijfId == company.Id).OrderBy(k => k.Letter).ToListAsync(Ct);
        Assert.Equal([("a", true), ("c", false)], saved.Select(k => (k.Letter, k.IsMet)));
        Assert.True(await db.Audit.AnyAsync(a => a.EntityType == "KwaliteitseisBeoordeling" && a.UserName == "coordinator"
            && a.EntityId == saved[0].Id.ToString(CultureInfo.InvariantCulture), Ct));
        var (_, page) = await client.GetPageAsync($"/Leerbedrijven/Details/{company.Id}");
        var findings = page.QuerySelector("#leerbedrijf-bevindingen")!.TextContent;
        Assert.Contains("niet aan eis c", findings, StringComparison.Ordinal);
        Assert.Contains("Bezoek SBB-adviseur", page.QuerySelector("#kwaliteitseisen-tabel")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Input.Source", "", "Vul Bron (bijvoorbeeld bezoek SBB, eigen controle school) in.")]
    [InlineData("Input.AssessedOn", "2999-01-01", "De datum van de beoordeling mag niet in de toekomst liggen.")]
    public async Task Kwaliteitseisen_Invalid_GivesDutchErrorAndSavesNothing(string field, string value, string message)
    {
        var company = await Arrange.CompanyAsync(factory);
        var values = new Dictionary<string, string>
        {
            ["Input.AssessedOn"] = Arrange.IsoDate(Arrange.Today),
            ["Input.Source"] = "Eigen controle",
            ["Input.Oordeel[a]"] = "ja",
            [field] = value,
        };
        using var client = await TestClient.LoggedInAsync(factory);

        var page = await TestClient.ParseAsync(await client.SubmitFormAsync($"/Leerbedrijven/Kwaliteitseisen/{company.Id}", "form#kwaliteitseisen", values));

        Assert.Contains(message, page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.Kwaliteitseisen.AnyAsync(k => k.LeerbedrijfId == company.Id, Ct));
    }

    [Fact]
    public async Task Kwaliteitseisen_OtherSchoolsCompany_Is404()
    {
        var foreign = await Arrange.ForeignSchoolAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, _) = await client.GetPageAsync($"/Leerbedrijven/Kwaliteitseisen/{foreign.LeerbedrijfId}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task HostAsync(int companyId, DateOnly start, DateOnly end)
    {
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var student = await db.Leerlingen.Where(l => l.SchoolId == schoolId).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync(Ct);
        var hosted = new Leerwerkovereenkomst
        {
            SchoolId = schoolId,
            LeerlingId = student,
            LeerbedrijfId = companyId,
            StartDate = start,
            EndDate = end,
            PlannedHours = 100m,
            EndedOn = end,
            EndReason = "Einde schooljaar",
        };
        Levensloop.Restore(hosted, LeerwerkovereenkomstStatus.Beeindigd);
        db.Leerwerkovereenkomsten.Add(hosted);
        await db.SaveChangesAsync(Ct);
    }
}
