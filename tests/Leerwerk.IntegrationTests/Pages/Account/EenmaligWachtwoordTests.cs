using System.Net;
using System.Security.Claims;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Identity;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.IntegrationTests.Pages.Account;

/// <summary>A one-time password opens nothing but the password page, and signs in once.</summary>
[Collection(WebCollection.Name)]
public sealed class EenmaligWachtwoordTests(LeerwerkAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData("/")]
    [InlineData("/Leerlingen")]
    [InlineData("/Leerlingen/Edit/1")]
    [InlineData("/StageUren")]
    [InlineData("/Gebruikers")]
    [InlineData("/Account/Inloggen")]
    public async Task OneTimePassword_EveryPageRedirectsToThePasswordPage(string url)
    {
        using var client = await OneTimeLoginAsync(Roles.Beheerder);

        var response = await client.Http.GetAsync(new Uri(url, UriKind.Relative), Ct);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Account/WachtwoordWijzigen", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task OneTimePassword_DownloadsAndPostsRedirectToo()
    {
        using var client = await OneTimeLoginAsync(Roles.Beheerder);
        using var content = new FormUrlEncodedContent([]);

        var download = await client.Http.GetAsync(new Uri("/Leerlingen/DossierPdf/1", UriKind.Relative), Ct);
        var post = await client.Http.PostAsync(new Uri("/Leerlingen/Edit/1", UriKind.Relative), content, Ct);
        var (passwordPage, _) = await client.GetPageAsync("/Account/WachtwoordWijzigen");

        Assert.Equal("/Account/WachtwoordWijzigen", download.Headers.Location!.OriginalString);
        Assert.Equal("/Account/WachtwoordWijzigen", post.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, passwordPage.StatusCode);
    }

    [Fact]
    public async Task OneTimePassword_WorksOnce()
    {
        var name = await OneTimeUserAsync(Roles.Coordinator);
        using (var first = TestClient.Create(factory))
        {
            Assert.Equal("/Account/WachtwoordWijzigen", (await LoginAsync(first, name, Arrange.Password)).Headers.Location!.OriginalString);
        }

        using var second = TestClient.Create(factory);
        var again = await LoginAsync(second, name, Arrange.Password);
        var page = await TestClient.ParseAsync(again);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("Dit eenmalige wachtwoord is al gebruikt.", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await second.Http.GetAsync(new Uri("/Leerlingen", UriKind.Relative), Ct)).StatusCode);
    }

    [Fact]
    public async Task OneTimePassword_AfterTheChange_OpensThePages()
    {
        var name = await OneTimeUserAsync(Roles.Coordinator);
        using var client = TestClient.Create(factory);
        await LoginAsync(client, name, Arrange.Password);
        await client.SubmitFormAsync("/Account/WachtwoordWijzigen", "main form", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Arrange.Password,
            ["Input.NewPassword"] = "een-zin-van-eigen-woorden",
            ["Input.ConfirmPassword"] = "een-zin-van-eigen-woorden",
        });

        var (list, _) = await client.GetPageAsync("/Leerlingen");

        Assert.Equal(HttpStatusCode.OK, list.StatusCode);
    }

    private async Task<TestClient> OneTimeLoginAsync(string role)
    {
        var name = await OneTimeUserAsync(role);
        var client = TestClient.Create(factory);
        var login = await LoginAsync(client, name, Arrange.Password);
        Assert.Equal("/Account/WachtwoordWijzigen", login.Headers.Location!.OriginalString);
        return client;
    }

    private async Task<string> OneTimeUserAsync(string role)
    {
        var name = $"eenmalig{Guid.NewGuid():N}"[..14];
        var user = await Arrange.UserAsync(factory, name, role, 1);
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LeerwerkUser>>();
        await users.AddClaimAsync((await users.FindByIdAsync(user.Id))!, new Claim(AccountBootstrapper.MustChangePasswordClaim, AccountBootstrapper.OneTimePasswordUnused));
        return name;
    }

    private static Task<HttpResponseMessage> LoginAsync(TestClient client, string name, string password) =>
        client.SubmitFormAsync("/Account/Inloggen", "form", new Dictionary<string, string>
        {
            ["Input.UserName"] = name,
            ["Input.Password"] = password,
        });
}
