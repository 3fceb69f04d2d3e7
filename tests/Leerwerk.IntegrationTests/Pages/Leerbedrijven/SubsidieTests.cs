using System.Globalization;
using System.IO.Compression;
using System.Net;
using System.Text;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.Web.Documents.Subsidie;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Leerbedrijven;

/// <summary>
/// The Subsidie praktijkleren evidence through HTTP: the page of one company, its PDF and CSV (audited), the zip of
/// every host company, the school filter, and the mail with the pack to the praktijkbegeleider through the outbox.
/// </summary>
[Collection(WebCollectionB.Name)]
public sealed class SubsidieTests(LeerwerkAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static int CurrentYear => Schoolkalender.SchooljaarVan(Arrange.Today);

    private async Task<(Arrange.Placement Placement, int CompanyId)> PlacementAsync(DateOnly? start = null, DateOnly? end = null, params (DateOnly, decimal, UrenStatus)[] hours)
    {
        var placement = await Arrange.PlacementAsync(factory, start: start, end: end, hours: hours);
        await using var db = factory.CreateSystemDbContext();
        var companyId = await db.Leerwerkovereenkomsten.Where(o => o.Id == placement.AgreementId).Select(o => o.LeerbedrijfId).SingleAsync(Ct);
        return (placement, companyId);
    }

    private async Task SetEmailAsync(int companyId, string email)
    {
        await using var db = factory.CreateSystemDbContext();
        var supervisor = await db.Praktijkbegeleiders.SingleAsync(p => p.LeerbedrijfId == companyId, Ct);
        supervisor.Email = email;
        await db.SaveChangesAsync(Ct);
    }

    [Fact]
    public async Task Page_ShowsThePlacementWithItsApprovedHours_OnlyInItsSchoolYear()
    {
        var monday = Arrange.LastWeekMonday;
        var (placement, companyId) = await PlacementAsync(hours: [(monday, 8m, UrenStatus.Goedgekeurd), (monday.AddDays(1), 7.5m, UrenStatus.Goedgekeurd), (monday.AddDays(3), 6m, UrenStatus.Ingevoerd)]);
        using var client = await TestClient.LoggedInAsync(factory);

        var (response, page) = await client.GetPageAsync($"/Leerbedrijven/Subsidie/{companyId}");
        var (_, lastYear) = await client.GetPageAsync($"/Leerbedrijven/Subsidie/{companyId}?schooljaar={CurrentYear - 1}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var row = Assert.Single(page.QuerySelectorAll("table tbody tr"));
        Assert.Contains(placement.LastName, row.TextContent, StringComparison.Ordinal);
        Assert.Contains("15,5", row.TextContent, StringComparison.Ordinal);
        Assert.Empty(lastYear.QuerySelectorAll("table tbody tr"));
        Assert.Contains("liep geen leerling", lastYear.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PdfAndCsv_AreDownloadedWithTheirNames_AndAudited()
    {
        var (placement, companyId) = await PlacementAsync(hours: [(Arrange.LastWeekMonday, 8m, UrenStatus.Goedgekeurd)]);
        using var client = await TestClient.LoggedInAsync(factory);

        using var pdf = await client.Http.GetAsync(new Uri($"/Leerbedrijven/Subsidie/{companyId}?handler=Pdf", UriKind.Relative), Ct);
        using var csv = await client.Http.GetAsync(new Uri($"/Leerbedrijven/Subsidie/{companyId}?handler=Csv&schooljaar={CurrentYear}", UriKind.Relative), Ct);

        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType!.MediaType);
        var pdfName = pdf.Content.Headers.ContentDisposition!.FileNameStar;
        Assert.StartsWith($"subsidie-praktijkleren-{Schoolkalender.Label(CurrentYear)}-testbedrijf-", pdfName, StringComparison.Ordinal);
        Assert.EndsWith($"-{companyId}.pdf", pdfName, StringComparison.Ordinal);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(await pdf.Content.ReadAsByteArrayAsync(Ct), 0, 4), StringComparison.Ordinal);
        var lines = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.Contains(placement.LastName, lines[1], StringComparison.Ordinal);
        Assert.EndsWith($"-{companyId}.csv", csv.Content.Headers.ContentDisposition!.FileNameStar, StringComparison.Ordinal);

        await using var db = factory.CreateSystemDbContext();
        var id = companyId.ToString(CultureInfo.InvariantCulture);
        var downloads = await db.Audit.Where(a => a.EntityType == "Leerbedrijf" && a.EntityId == id && a.Action == "gedownload").Select(a => a.Changes).ToListAsync(Ct);
        Assert.Equal(2, downloads.Count);
        Assert.Contains(downloads, d => d.Contains("Pdf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Zip_HoldsAPdfAndACsvOfEveryHostCompanyOfTheYear()
    {
        var (_, companyId) = await PlacementAsync(hours: [(Arrange.LastWeekMonday, 8m, UrenStatus.Goedgekeurd)]);
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        var start = SubsidieBewijs.EersteDag(CurrentYear);
        var end = SubsidieBewijs.LaatsteDag(CurrentYear);
        await using var db = factory.CreateSystemDbContext();
        var placements = await db.Leerwerkovereenkomsten.Where(o => o.SchoolId == schoolId).ToListAsync(Ct);
        var hosts = placements.Where(p => Stageperioden.Counts(p) && p.StartDate <= end && Stageperioden.Of(p).End >= start)
            .Select(p => p.LeerbedrijfId).Distinct().ToList();
        Assert.Contains(companyId, hosts);
        Assert.True(hosts.Count >= 5, $"the demo school has host companies this year, found {hosts.Count}");
        using var client = await TestClient.LoggedInAsync(factory);

        using var response = await client.Http.GetAsync(new Uri("/Leerbedrijven/Subsidiebewijzen?handler=Zip", UriKind.Relative), Ct);

        Assert.Equal("application/zip", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"subsidie-praktijkleren-{Schoolkalender.Label(CurrentYear)}.zip", response.Content.Headers.ContentDisposition!.FileNameStar);
        using var zip = new ZipArchive(await response.Content.ReadAsStreamAsync(Ct), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal(hosts.Count * 2, names.Count);
        foreach (var host in hosts)
        {
            Assert.Single(names, n => n.EndsWith($"-{host}.pdf", StringComparison.Ordinal));
            Assert.Single(names, n => n.EndsWith($"-{host}.csv", StringComparison.Ordinal));
        }

        Assert.True(await db.Audit.AnyAsync(a => a.EntityType == "Export" && a.EntityId == "/Leerbedrijven/Subsidiebewijzen", Ct));
    }

    [Fact]
    public async Task AnotherSchoolsCompany_IsNotFound()
    {
        var foreign = await Arrange.ForeignSchoolAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var (page, _) = await client.GetPageAsync($"/Leerbedrijven/Subsidie/{foreign.LeerbedrijfId}");
        using var pdf = await client.Http.GetAsync(new Uri($"/Leerbedrijven/Subsidie/{foreign.LeerbedrijfId}?handler=Pdf", UriKind.Relative), Ct);
        using var zip = await client.Http.GetAsync(new Uri("/Leerbedrijven/Subsidiebewijzen?handler=Zip", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.NotFound, page.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, pdf.StatusCode);
        using var archive = new ZipArchive(await zip.Content.ReadAsStreamAsync(Ct), ZipArchiveMode.Read);
        Assert.DoesNotContain(archive.Entries, e => e.FullName.EndsWith($"-{foreign.LeerbedrijfId}.pdf", StringComparison.Ordinal));
    }

    [Fact]
    public async Task SchoolYearNotOffered_IsABadRequest()
    {
        var (_, companyId) = await PlacementAsync();
        using var client = await TestClient.LoggedInAsync(factory);

        using var response = await client.Http.GetAsync(new Uri($"/Leerbedrijven/Subsidie/{companyId}?schooljaar=9999", UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Versturen_OneCompany_PutsTheMailWithPdfAndCsvInTheOutbox_AndAuditsIt()
    {
        var (placement, companyId) = await PlacementAsync(hours: [(Arrange.LastWeekMonday, 8m, UrenStatus.Goedgekeurd)]);
        var address = $"begeleider-{companyId}@example.nl";
        await SetEmailAsync(companyId, address);
        using var client = await TestClient.LoggedInAsync(factory);

        using var response = await client.SubmitFormAsync($"/Leerbedrijven/Subsidie/{companyId}", "form[action*='handler=Versturen']", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var mail = await db.Outbox.SingleAsync(m => m.ToAddress == address, Ct);
        Assert.Equal(SubsidieMail.Kind, mail.Kind);
        Assert.Contains(Schoolkalender.Label(CurrentYear), mail.Subject, StringComparison.Ordinal);
        Assert.Contains("1 leerling", mail.TextBody, StringComparison.Ordinal);
        Assert.DoesNotContain(placement.LastName, mail.TextBody + mail.HtmlBody + mail.Subject, StringComparison.Ordinal);
        var files = await db.OutboxAttachments.Where(a => a.OutboxMessageId == mail.Id).OrderBy(a => a.Id).ToListAsync(Ct);
        Assert.Equal(2, files.Count);
        Assert.EndsWith($"-{companyId}.pdf", files[0].FileName, StringComparison.Ordinal);
        Assert.Equal("application/pdf", files[0].ContentType);
        Assert.StartsWith("%PDF", Encoding.ASCII.GetString(files[0].Content, 0, 4), StringComparison.Ordinal);
        Assert.EndsWith($"-{companyId}.csv", files[1].FileName, StringComparison.Ordinal);
        Assert.Contains(placement.LastName, Encoding.UTF8.GetString(files[1].Content), StringComparison.Ordinal);
        Assert.All(files, f => Assert.Equal([placement.LeerlingId], f.LeerlingIds));
        var id = companyId.ToString(CultureInfo.InvariantCulture);
        Assert.True(await db.Audit.AnyAsync(a => a.EntityType == "Leerbedrijf" && a.EntityId == id && a.Action == SubsidieVersturen.Sent && a.UserName == "coordinator", Ct));
    }

    [Fact]
    public async Task Versturen_AllCompanies_MailsEachCompanyWithAnAddress_AndNamesThoseWithout()
    {
        // A school year long past, in which only the companies made here hosted a student.
        var year = CurrentYear - 5;
        var start = new DateOnly(year, 9, 1);
        var (_, withAddress) = await PlacementAsync(start, start.AddMonths(9), (start.AddDays(6), 8m, UrenStatus.Goedgekeurd));
        var (_, withoutAddress) = await PlacementAsync(start, start.AddMonths(9));
        var address = $"begeleider-{withAddress}@example.nl";
        await SetEmailAsync(withAddress, address);
        using var client = await TestClient.LoggedInAsync(factory);

        using var response = await client.SubmitFormAsync($"/Leerbedrijven/Subsidiebewijzen?schooljaar={year}", "form[action*='handler=Versturen']", new Dictionary<string, string>());
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        await using var db = factory.CreateSystemDbContext();
        var mails = await db.Outbox.Where(m => m.Kind == SubsidieMail.Kind && m.Subject.Contains(Schoolkalender.Label(year))).ToListAsync(Ct);
        var mail = Assert.Single(mails);
        Assert.Equal(address, mail.ToAddress);
        Assert.Contains("8 goedgekeurde stage-uren", mail.TextBody, StringComparison.Ordinal);
        var status = page.QuerySelector(".utrecht-alert--ok")!.TextContent;
        Assert.Contains("Geen e-mailadres", status, StringComparison.Ordinal);
        var companyName = await db.Leerbedrijven.Where(b => b.Id == withoutAddress).Select(b => b.Name).SingleAsync(Ct);
        Assert.Contains(companyName, status, StringComparison.Ordinal);
    }
}
