using System.Net;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Identity;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Leerwerk.IntegrationTests.Pages.Gebruikers.GebruikersStappen;

namespace Leerwerk.IntegrationTests.Pages.Gebruikers;

/// <summary>User management by the beheerder, through HTTP: every action, every refusal, and the audit of each.</summary>
[Collection(WebCollection.Name)]
public sealed class GebruikersPageTests(LeerwerkAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Create_Mentor_ShowsOneTimePasswordOnce_ListsAndAuditsIt_AndTheFirstLoginMustChangeIt()
    {
        using var beheerder = await TestClient.LoggedInAsync(factory, Beheerder);
        var userName = NewUserName("nieuw");

        var (id, password) = await CreateAsync(factory, beheerder, userName, Roles.Mentor);

        Assert.Equal(16, password.Length);
        var (_, list) = await beheerder.GetPageAsync("/Gebruikers");
        Assert.Contains("Mentor", list.QuerySelector($"tr[data-gebruiker='{userName}']")!.TextContent, StringComparison.Ordinal);
        await using (var db = factory.CreateSystemDbContext())
        {
            var audit = await db.Audit.SingleAsync(a => a.EntityType == AccountAudit.EntityType && a.EntityId == id && a.Action == AccountAudit.Added, Ct);
            Assert.Equal(await Arrange.DemoSchoolIdAsync(factory), audit.SchoolId);
            Assert.Equal(Beheerder, audit.UserName);
            Assert.DoesNotContain(password, audit.Changes, StringComparison.Ordinal);
        }

        using var user = TestClient.Create(factory);
        var changed = await FirstLoginAsync(user, userName, password, "een-eigen-wachtwoord-2026");
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var (home, _) = await user.GetPageAsync("/");
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task Create_DuplicateUserName_RefusedInDutch()
    {
        using var beheerder = await TestClient.LoggedInAsync(factory, Beheerder);

        var response = await beheerder.SubmitFormAsync("/Gebruikers/Nieuw", "#gebruiker-formulier", new Dictionary<string, string>
        {
            ["Input.UserName"] = "coordinator",
            ["Input.DisplayName"] = "Dubbel",
            ["Input.Role"] = Roles.Mentor,
        });

        var page = await TestClient.ParseAsync(response);
        Assert.Contains("De gebruikersnaam 'coordinator' bestaat al.", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#eenmalig-wachtwoord"));
    }

    [Fact]
    public async Task Create_MboPartnerWithoutInstelling_RefusedInDutch()
    {
        using var beheerder = await TestClient.LoggedInAsync(factory, Beheerder);
        var userName = NewUserName("mbo");

        var response = await beheerder.SubmitFormAsync("/Gebruikers/Nieuw", "#gebruiker-formulier", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.DisplayName"] = "Mbo zonder instelling",
            ["Input.Role"] = Roles.MboPartner,
            ["Input.MboInstellingId"] = "",
        });

        var page = await TestClient.ParseAsync(response);
        Assert.Contains("Kies voor een mbo-partner de mbo-instelling", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.Users.AnyAsync(u => u.UserName == userName, Ct));
    }

    [Fact]
    public async Task FirstLogin_WeakNewPassword_RefusedInDutch()
    {
        using var beheerder = await TestClient.LoggedInAsync(factory, Beheerder);
        var userName = NewUserName("zwak");
        var (_, password) = await CreateAsync(factory, beheerder, userName, Roles.Examensecretaris);
        using var user = TestClient.Create(factory);

        var response = await FirstLoginAsync(user, userName, password, "kort");

        var page = await TestClient.ParseAsync(response);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("minstens 10", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Edit_NameAndRole_SavedAndAudited()
    {
        using var beheerder = await TestClient.LoggedInAsync(factory, Beheerder);
        var userName = NewUserName("wijzig");
        var (id, _) = await CreateAsync(factory, beheerder, userName, Roles.Mentor);

        var response = await PostAccountFormAsync(beheerder, id, "#gebruiker-formulier", new Dictionary<string, string>
        {
            ["Input.DisplayName"] = "Nieuwe Naam",
            ["Input.Role"] = Roles.Examensecretaris,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        Assert.Equal("Nieuwe Naam", await db.Users.Where(u => u.Id == id).Select(u => u.DisplayName).SingleAsync(Ct));
        var role = await db.UserRoles.Where(r => r.UserId == id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).SingleAsync(Ct);
        Assert.Equal(Roles.Examensecretaris, role);
        var audit = await db.Audit.SingleAsync(a => a.EntityId == id && a.Action == AccountAudit.Changed, Ct);
        Assert.Contains(Roles.Examensecretaris, audit.Changes, StringComparison.Ordinal);
        Assert.Contains("Nieuwe Naam", audit.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Deactivate_LoginRefusedWithDutchMessage_ReactivateLetsInAgain_BothAudited()
    {
        using var beheerder = await TestClient.LoggedInAsync(factory, Beheerder);
        var userName = NewUserName("deact");
        var (id, password) = await CreateAsync(factory, beheerder, userName, Roles.Coordinator);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAccountFormAsync(beheerder, id, "#deactiveren")).StatusCode);

        using (var user = TestClient.Create(factory))
        {
            var refused = await LoginAsync(user, userName, password);
            var page = await TestClient.ParseAsync(refused);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.Contains("Dit account is gedeactiveerd.", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        }

        var (_, list) = await beheerder.GetPageAsync("/Gebruikers");
        Assert.Contains("Gedeactiveerd", list.QuerySelector($"tr[data-gebruiker='{userName}']")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAccountFormAsync(beheerder, id, "#activeren")).StatusCode);
        using (var user = TestClient.Create(factory))
        {
            var login = await LoginAsync(user, userName, password);
            Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        }

        await using var db = factory.CreateSystemDbContext();
        Assert.True(await db.Audit.AnyAsync(a => a.EntityId == id && a.Action == AccountAudit.Deactivated, Ct));
        Assert.True(await db.Audit.AnyAsync(a => a.EntityId == id && a.Action == AccountAudit.Activated, Ct));
    }

    [Fact]
    public async Task ResetPassword_OldOneFails_NewOneTimePasswordMustBeChanged_Audited()
    {
        using var beheerder = await TestClient.LoggedInAsync(factory, Beheerder);
        var userName = NewUserName("reset");
        var (id, first) = await CreateAsync(factory, beheerder, userName, Roles.Mentor);
        using (var user = TestClient.Create(factory))
        {
            await FirstLoginAsync(user, userName, first, "eigen-wachtwoord-12345");
        }

        var response = await PostAccountFormAsync(beheerder, id, "#wachtwoord-resetten");
        var page = await TestClient.ParseAsync(response);
        var reset = page.QuerySelector("#eenmalig-wachtwoord code")!.TextContent;

        using (var user = TestClient.Create(factory))
        {
            Assert.Equal(HttpStatusCode.OK, (await LoginAsync(user, userName, "eigen-wachtwoord-12345")).StatusCode);
            var changed = await FirstLoginAsync(user, userName, reset, "nog-een-wachtwoord-678");
            Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        }

        await using var db = factory.CreateSystemDbContext();
        var audit = await db.Audit.SingleAsync(a => a.EntityId == id && a.Action == AccountAudit.PasswordReset, Ct);
        Assert.DoesNotContain(reset, audit.Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LinkStudents_Mentor_WritesAuditedLinks_AndTheMentorSeesExactlyThose()
    {
        using var beheerder = await TestClient.LoggedInAsync(factory, Beheerder);
        var userName = NewUserName("koppel");
        var (id, password) = await CreateAsync(factory, beheerder, userName, Roles.Mentor);
        var (_, form) = await beheerder.GetPageAsync($"/Gebruikers/Leerlingen/{id}");
        var offered = form.QuerySelectorAll("input[name=Gekozen]").Select(i => i.GetAttribute("value")!).ToList();
        Assert.True(offered.Count >= 2);

        var content = new FormUrlEncodedContent([
            new("__RequestVerificationToken", form.QuerySelector("#mentor-leerlingen input[name=__RequestVerificationToken]")!.GetAttribute("value")!),
            new("Gekozen", offered[0]),
            new("Gekozen", offered[1]),
        ]);
        var saved = await beheerder.Http.PostAsync(new Uri($"/Gebruikers/Leerlingen/{id}", UriKind.Relative), content, Ct);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);

        await using (var db = factory.CreateSystemDbContext())
        {
            Assert.Equal(offered.Take(2).Select(int.Parse).Order(), await db.MentorLeerlingen.Where(m => m.UserId == id).Select(m => m.LeerlingId).OrderBy(x => x).ToListAsync(Ct));
            Assert.Equal(2, await db.Audit.CountAsync(a => a.EntityType == nameof(MentorLeerling) && a.EntityId.StartsWith(id) && a.UserName == Beheerder, Ct));
        }

        using var mentor = TestClient.Create(factory);
        await FirstLoginAsync(mentor, userName, password, "mentor-wachtwoord-2026");
        var (_, list) = await mentor.GetPageAsync("/Leerlingen");
        var shown = list.QuerySelectorAll("table tbody tr td:nth-child(2) a").Select(a => a.GetAttribute("href")!.Split('/')[^1]).Order().ToList();
        Assert.Equal(offered.Take(2).Order(), shown);
    }

    [Fact]
    public async Task OtherSchoolsUser_NotListed_AndEveryActionAnswers404()
    {
        var (_, foreignName) = await Arrange.OtherSchoolUserAsync(factory);
        var foreignId = await IdOfAsync(factory, foreignName);
        using var beheerder = await TestClient.LoggedInAsync(factory, Beheerder);

        var (_, list) = await beheerder.GetPageAsync("/Gebruikers");
        Assert.Null(list.QuerySelector($"tr[data-gebruiker='{foreignName}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await beheerder.GetPageAsync($"/Gebruikers/Bewerken/{foreignId}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await beheerder.GetPageAsync($"/Gebruikers/Leerlingen/{foreignId}")).Response.StatusCode);

        // A forged POST with a valid token (taken from the beheerder's own list page) is refused as well.
        var token = list.QuerySelector("#uitloggen input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        foreach (var handler in new[] { "Deactiveren", "Wachtwoord", "Activeren" })
        {
            using var content = new FormUrlEncodedContent([new("__RequestVerificationToken", token)]);
            var response = await beheerder.Http.PostAsync(new Uri($"/Gebruikers/Bewerken/{foreignId}?handler={handler}", UriKind.Relative), content, Ct);
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        }

        await using var db = factory.CreateSystemDbContext();
        var foreign = await db.Users.SingleAsync(u => u.Id == foreignId, Ct);
        Assert.False(AccountBeheer.IsDeactivated(foreign));
        Assert.False(await db.Audit.AnyAsync(a => a.EntityId == foreignId, Ct));
    }

    [Fact]
    public async Task OwnAccount_CannotBeDeactivatedOrLoseItsRole()
    {
        var schoolId = await Arrange.DemoSchoolIdAsync(factory);
        var userName = NewUserName("beh");
        var self = await Arrange.UserAsync(factory, userName, Roles.Beheerder, schoolId);
        using var beheerder = await TestClient.LoggedInAsync(factory, userName, Arrange.Password);

        var (_, page) = await beheerder.GetPageAsync($"/Gebruikers/Bewerken/{self.Id}");
        Assert.Null(page.QuerySelector("#deactiveren"));
        var response = await PostAccountFormAsync(beheerder, self.Id, "#gebruiker-formulier", new Dictionary<string, string> { ["Input.Role"] = Roles.Mentor });

        var answer = await TestClient.ParseAsync(response);
        Assert.Contains("U kunt uw eigen rol niet wijzigen", answer.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("coordinator")]
    [InlineData("mentor")]
    public async Task UserManagement_OtherRoles_Refused(string userName)
    {
        using var client = await TestClient.LoggedInAsync(factory, userName);

        var (response, _) = await client.GetPageAsync("/Gebruikers");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/Geweigerd", response.Headers.Location!.AbsolutePath);
    }
}
