using System.Net;
using Leerwerk.Data.Identity;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Leerwerk.IntegrationTests.Pages.Account;

/// <summary>Logout and a password change end every session of the user, also a login cookie saved before.</summary>
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
