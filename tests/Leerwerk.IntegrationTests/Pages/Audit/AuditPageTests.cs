using System.Net;
using System.Text;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Auditing;
using Leerwerk.Data.Identity;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Audit;

/// <summary>Downloads, exports, logins and password changes reach the audit trail, and the beheerder finds them on /Audit.</summary>
[Collection(WebCollection.Name)]
public sealed class AuditPageTests(LeerwerkAppFactory factory)
{
    private const string Beheerder = "demobeheerder";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DossierDownload_IsAudited_AndFoundByStudentNumber()
    {
        var id = await StudentIdAsync();
        var name = await UserAsync(Roles.Coordinator);
        using (var coordinator = await TestClient.LoggedInAsync(factory, name, Arrange.Password))
        {
            var pdf = await coordinator.Http.GetAsync(new Uri($"/Leerlingen/DossierPdf/{id}", UriKind.Relative), Ct);
            Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        }

        using var beheerder = await TestClient.LoggedInAsync(factory, Beheerder);
        var (response, page) = await beheerder.GetPageAsync($"/Audit?leerling={id}&gebruiker={name}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var rows = page.QuerySelectorAll("#audit tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(rows, r => r.Contains(name, StringComparison.Ordinal) && r.Contains(AuditEvents.Downloaded, StringComparison.Ordinal) && r.Contains($"/Leerlingen/DossierPdf/{id}", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/StageUren?handler=Csv")]
    [InlineData("/StageUren?handler=Xlsx")]
    [InlineData("/Bevindingen?handler=Csv")]
    [InlineData("/Bevindingen?handler=Xlsx")]
    public async Task Exports_AreAudited(string url)
    {
        var name = await UserAsync(Roles.Coordinator);
        using var coordinator = await TestClient.LoggedInAsync(factory, name, Arrange.Password);

        var export = await coordinator.Http.GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var entry = await db.Audit.SingleAsync(a => a.UserName == name && a.EntityType == AuditEvents.Export, Ct);
        Assert.Equal(AuditEvents.Exported, entry.Action);
        Assert.Contains(url.Split("handler=")[1], entry.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LoginAndPasswordChange_AreFoundByUserAndKind()
    {
        var name = await UserAsync(Roles.Mentor);
        using (var user = await TestClient.LoggedInAsync(factory, name, Arrange.Password))
        {
            await user.SubmitFormAsync("/Account/WachtwoordWijzigen", "main form", new Dictionary<string, string>
            {
                ["Input.CurrentPassword"] = Arrange.Password,
                ["Input.NewPassword"] = "zomaar-een-lange-zin",
                ["Input.ConfirmPassword"] = "zomaar-een-lange-zin",
            });
        }

        using var beheerder = await TestClient.LoggedInAsync(factory, Beheerder);
        var (_, logins) = await beheerder.GetPageAsync($"/Audit?gebruiker={name}&soort={AuditEvents.Login}");
        var (_, accounts) = await beheerder.GetPageAsync($"/Audit?gebruiker={name}&soort={AccountAudit.EntityType}");

        Assert.Contains(logins.QuerySelectorAll("#audit tbody tr"), r => r.TextContent.Contains(AuditEvents.LoginSucceeded, StringComparison.Ordinal));
        Assert.DoesNotContain(logins.QuerySelectorAll("#audit tbody tr"), r => r.TextContent.Contains(AccountAudit.PasswordChanged, StringComparison.Ordinal));
        Assert.Contains(accounts.QuerySelectorAll("#audit tbody tr"), r => r.TextContent.Contains(AccountAudit.PasswordChanged, StringComparison.Ordinal));
        Assert.DoesNotContain("zomaar-een-lange-zin", accounts.DocumentElement.OuterHtml, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_PagesBy50_AndTheDateFilterWorks()
    {
        using var beheerder = await TestClient.LoggedInAsync(factory, Beheerder);

        var (_, all) = await beheerder.GetPageAsync("/Audit");
        var (_, future) = await beheerder.GetPageAsync("/Audit?van=2999-01-01");

        Assert.Equal(50, all.QuerySelectorAll("#audit tbody tr").Length);
        Assert.NotNull(all.QuerySelector("a[rel='next']"));
        Assert.Empty(future.QuerySelectorAll("#audit tbody tr"));
    }

    [Fact]
    public async Task CsvExport_HoldsTheSearch_AndIsItselfAudited()
    {
        var name = await UserAsync(Roles.Mentor);
        using (await TestClient.LoggedInAsync(factory, name, Arrange.Password))
        {
        }

        using var beheerder = await TestClient.LoggedInAsync(factory, Beheerder);
        var csv = await beheerder.Http.GetAsync(new Uri($"/Audit?handler=Csv&gebruiker={name}", UriKind.Relative), Ct);
        var text = Encoding.UTF8.GetString(await csv.Content.ReadAsByteArrayAsync(Ct));

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.StartsWith("\uFEFFTijdstip;School;Gebruiker;Soort;Record;Handeling;Gegevens", text, StringComparison.Ordinal);
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.True(lines.Length >= 2);
        Assert.All(lines.Skip(1), l => Assert.Contains(name, l, StringComparison.Ordinal));
        await using var db = factory.CreateSystemDbContext();
        Assert.True(await db.Audit.AnyAsync(a => a.UserName == Beheerder && a.EntityType == AuditEvents.Export && a.EntityId == "/Audit/Index", Ct));
    }

    [Fact]
    public async Task OtherRoles_CannotOpenTheAudit()
    {
        using var coordinator = await TestClient.LoggedInAsync(factory, "coordinator");

        var (response, _) = await coordinator.GetPageAsync("/Audit");

        Assert.True(response.StatusCode == HttpStatusCode.Forbidden
            || response.Headers.Location?.OriginalString.Contains("/Account/Geweigerd", StringComparison.Ordinal) == true, response.StatusCode.ToString());
    }

    private async Task<string> UserAsync(string role)
    {
        var name = $"audit{Guid.NewGuid():N}"[..12];
        await Arrange.UserAsync(factory, name, role, 1);
        return name;
    }

    private async Task<int> StudentIdAsync()
    {
        await using var db = factory.CreateSystemDbContext();
        return await db.Leerlingen.Where(l => l.SchoolId == 1).OrderBy(l => l.Id).Select(l => l.Id).FirstAsync(Ct);
    }
}
