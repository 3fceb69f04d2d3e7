using System.Net;
using System.Security.Claims;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Identity;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.Web.Pages.Account;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.IntegrationTests.Pages.Account;

[Collection(WebCollection.Name)]
public sealed class AccountTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Login_TooManyWrongPasswords_LocksTheAccountEvenForTheRightPassword_WithTheUsualAnswer()
    {
        var name = $"slot{Guid.NewGuid():N}"[..12];
        await Arrange.UserAsync(factory, name, Roles.Mentor, 1);
        using var client = TestClient.Create(factory);
        for (var i = 0; i < LeerwerkIdentity.MaxFailedAttempts; i++)
        {
            await Login(client, name, "verkeerd-wachtwoord");
        }

        var response = await Login(client, name, Arrange.Password);
        var page = await TestClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // No "geblokkeerd": that would tell a stranger the name is an account.
        Assert.Contains(InloggenModel.FailedMessage, page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Login_OneTimePassword_MustChooseANewPasswordFirst()
    {
        var name = $"nieuw{Guid.NewGuid():N}"[..12];
        var user = await Arrange.UserAsync(factory, name, Roles.Coordinator, 1);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<LeerwerkUser>>();
            await users.AddClaimAsync((await users.FindByIdAsync(user.Id))!, new Claim(AccountBootstrapper.MustChangePasswordClaim, "1"));
        }

        using var client = TestClient.Create(factory);
        var login = await Login(client, name, Arrange.Password);
        Assert.Equal("/Account/WachtwoordWijzigen", login.Headers.Location!.OriginalString);

        var change = await client.SubmitFormAsync("/Account/WachtwoordWijzigen", "main form", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Arrange.Password,
            ["Input.NewPassword"] = "een-eigen-wachtwoord",
            ["Input.ConfirmPassword"] = "een-eigen-wachtwoord",
        });
        Assert.Equal(HttpStatusCode.Redirect, change.StatusCode);

        using var again = TestClient.Create(factory);
        var second = await Login(again, name, "een-eigen-wachtwoord");
        Assert.Equal("/", second.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ChangePassword_TooShortAndNotRepeated_GivesDutchFieldErrors()
    {
        var name = $"kort{Guid.NewGuid():N}"[..12];
        await Arrange.UserAsync(factory, name, Roles.Mentor, 1);
        using var client = await TestClient.LoggedInAsync(factory, name, Arrange.Password);

        var response = await client.SubmitFormAsync("/Account/WachtwoordWijzigen", "main form", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Arrange.Password,
            ["Input.NewPassword"] = "kort",
            ["Input.ConfirmPassword"] = "anders",
        });
        var page = await TestClient.ParseAsync(response);

        Assert.Equal("Nieuw wachtwoord moet tussen 10 en 200 tekens lang zijn.", page.QuerySelector("[data-fout-voor='Input.NewPassword']")!.TextContent.Trim());
        Assert.Equal("Herhaal het nieuwe wachtwoord en Nieuw wachtwoord zijn niet gelijk.", page.QuerySelector("[data-fout-voor='Input.ConfirmPassword']")!.TextContent.Trim());
    }

    [Fact]
    public async Task Logout_ByGet_DoesNothing_ByPost_EndsTheSession()
    {
        using var client = await TestClient.LoggedInAsync(factory, "mentor");

        await client.GetPageAsync("/Account/Uitloggen");
        var (stillIn, _) = await client.GetPageAsync("/");
        await client.SubmitFormAsync("/", "form#uitloggen", new Dictionary<string, string>());
        var (after, _) = await client.GetPageAsync("/");

        Assert.Equal(HttpStatusCode.OK, stillIn.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    private static Task<HttpResponseMessage> Login(TestClient client, string name, string password) =>
        client.SubmitFormAsync("/Account/Inloggen", "form", new Dictionary<string, string>
        {
            ["Input.UserName"] = name,
            ["Input.Password"] = password,
        });
}
