using System.Net;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Identity;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.IntegrationTests.Pages.Account;

/// <summary>
/// Logout, a password change, a deactivation and a new role end every session of the user, also a login cookie saved
/// before; a new school or name reaches an open session at once, without logging in again.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class SessieTests(LeerwerkAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CookieSavedBeforeLogout_IsRefusedAfterIt()
    {
        var name = await UserAsync("uit");
        using var client = await TestClient.LoggedInAsync(factory, name, Arrange.Password);
        var saved = await LoginCookieAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(saved, "/Leerlingen")).StatusCode);

        await client.SubmitFormAsync("/", "form#uitloggen", new Dictionary<string, string>());
        var replayed = await WithCookieAsync(saved, "/Leerlingen");

        Assert.Equal(HttpStatusCode.Redirect, replayed.StatusCode);
        Assert.StartsWith("http://localhost/Account/Inloggen", replayed.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordChange_EndsTheOtherSessions_KeepsThisOne()
    {
        var name = await UserAsync("wissel");
        using var laptop = await TestClient.LoggedInAsync(factory, name, Arrange.Password);
        using var phone = await TestClient.LoggedInAsync(factory, name, Arrange.Password);

        var changed = await laptop.SubmitFormAsync("/Account/WachtwoordWijzigen", "main form", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Arrange.Password,
            ["Input.NewPassword"] = "een-nieuw-eigen-wachtwoord",
            ["Input.ConfirmPassword"] = "een-nieuw-eigen-wachtwoord",
        });
        var (onLaptop, _) = await laptop.GetPageAsync("/Leerlingen");
        var (onPhone, _) = await phone.GetPageAsync("/Leerlingen");

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.OK, onLaptop.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, onPhone.StatusCode);
    }

    [Fact]
    public async Task Deactivation_EndsTheOpenSession()
    {
        var name = await UserAsync("deact");
        using var client = await TestClient.LoggedInAsync(factory, name, Arrange.Password);
        var saved = await LoginCookieAsync(client);

        await WithAccountsAsync(name, (accounts, user) => accounts.DeactivateAsync(user, Ct));

        Assert.Equal(HttpStatusCode.Redirect, (await WithCookieAsync(saved, "/Leerlingen")).StatusCode);
        var (page, _) = await client.GetPageAsync("/Leerlingen");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
    }

    [Fact]
    public async Task NewRole_EndsTheOpenSession()
    {
        var name = await UserAsync("rol");
        using var client = await TestClient.LoggedInAsync(factory, name, Arrange.Password);
        var saved = await LoginCookieAsync(client);

        await WithAccountsAsync(name, async (accounts, user) => Assert.Empty(await accounts.ChangeAsync(user, name, Roles.Mentor, null, Ct)));

        Assert.Equal(HttpStatusCode.Redirect, (await WithCookieAsync(saved, "/Leerlingen")).StatusCode);
    }

    [Fact]
    public async Task NewSchoolAndName_ReachTheOpenSessionAtOnce_CookieRenewedOnce()
    {
        var name = await UserAsync("school");
        using var client = await TestClient.LoggedInAsync(factory, name, Arrange.Password);
        var saved = await LoginCookieAsync(client);
        var other = await Arrange.ForeignSchoolAsync(factory);
        string otherName;
        await using (var db = factory.CreateSystemDbContext())
        {
            db.UserSchools.Add(new UserSchool { UserId = await db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync(Ct), SchoolId = other.SchoolId });
            await db.SaveChangesAsync(Ct);
            await db.Users.Where(u => u.UserName == name).ExecuteUpdateAsync(u => u.SetProperty(x => x.DisplayName, "Nieuwe Naam"), Ct);
            otherName = await db.Scholen.Where(s => s.Id == other.SchoolId).Select(s => s.Name).SingleAsync(Ct);
        }

        var changed = await WithCookieAsync(saved, "/Leerlingen");
        var page = await TestClient.ParseAsync(changed);
        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        Assert.Contains(otherName, page.QuerySelector("#schoolnaam")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Nieuwe Naam", page.QuerySelector(".user")!.TextContent, StringComparison.Ordinal);
        var renewed = changed.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("leerwerk=", StringComparison.Ordinal));

        // The renewed cookie carries the new school: it is not renewed again, so a response stays cacheable.
        var next = await WithCookieAsync(renewed.Split(';')[0], "/Leerlingen");
        Assert.Equal(HttpStatusCode.OK, next.StatusCode);
        Assert.False(next.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("leerwerk=", StringComparison.Ordinal)));
        Assert.Contains(otherName, (await TestClient.ParseAsync(next)).QuerySelector("#schoolnaam")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UnchangedUser_CookieNotRenewed()
    {
        var name = await UserAsync("zelfde");
        using var client = await TestClient.LoggedInAsync(factory, name, Arrange.Password);
        var saved = await LoginCookieAsync(client);

        var response = await WithCookieAsync(saved, "/Leerlingen");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("leerwerk=", StringComparison.Ordinal)));
    }

    private async Task WithAccountsAsync(string userName, Func<AccountBeheer, LeerwerkUser, Task> change)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LeerwerkUser>>();
        var user = await users.FindByNameAsync(userName) ?? throw new InvalidOperationException($"No user {userName}.");
        await change(scope.ServiceProvider.GetRequiredService<AccountBeheer>(), user);
    }

    private async Task<string> UserAsync(string prefix)
    {
        var name = $"{prefix}{Guid.NewGuid():N}"[..12];
        await Arrange.UserAsync(factory, name, Roles.Coordinator, 1);
        return name;
    }

    private static async Task<string> LoginCookieAsync(TestClient client)
    {
        // The client's cookie container holds what a browser would; take the login cookie as an attacker would copy it.
        var response = await client.Http.GetAsync(new Uri("/Leerlingen", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var handlerCookies = response.RequestMessage!.Headers.TryGetValues("Cookie", out var values) ? string.Join("; ", values) : string.Empty;
        var login = handlerCookies.Split("; ").FirstOrDefault(c => c.StartsWith("leerwerk=", StringComparison.Ordinal));
        Assert.False(string.IsNullOrEmpty(login), "no login cookie was sent");
        return login!;
    }

    private async Task<HttpResponseMessage> WithCookieAsync(string cookie, string url)
    {
        using var http = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(url, UriKind.Relative));
        request.Headers.Add("Cookie", cookie);
        return await http.SendAsync(request, Ct);
    }
}
