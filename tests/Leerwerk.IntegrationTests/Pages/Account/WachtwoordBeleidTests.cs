using System.Net;
using Leerwerk.Data.Identity;
using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Pages.Account;

/// <summary>The password policy: a minimum length, enough different characters, not a common password, not the user's name.</summary>
[Collection(WebCollection.Name)]
public sealed class WachtwoordBeleidTests(LeerwerkAppFactory factory)
{
    [Theory]
    [InlineData("aaaaaaaaaa", "Het wachtwoord moet minstens 4 verschillende tekens hebben.")]
    [InlineData("1234567890", "Dit wachtwoord staat op de lijst van veelgebruikte wachtwoorden.")]
    [InlineData("qwertyuiop", "Dit wachtwoord staat op de lijst van veelgebruikte wachtwoorden.")]
    [InlineData("Password123!", "Dit wachtwoord staat op de lijst van veelgebruikte wachtwoorden.")]
    [InlineData("FOOTBALL2026", "Dit wachtwoord staat op de lijst van veelgebruikte wachtwoorden.")]
    public async Task WeakPassword_IsRefused_WithADutchReason(string weak, string reason)
    {
        var name = $"beleid{Guid.NewGuid():N}"[..12];
        await Arrange.UserAsync(factory, name, Roles.Mentor, 1);
        using var client = await TestClient.LoggedInAsync(factory, name, Arrange.Password);

        var response = await ChangeAsync(client, weak);
        var page = await TestClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(reason, page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PasswordWithTheUserName_IsRefused()
    {
        var name = $"naam{Guid.NewGuid():N}"[..10];
        await Arrange.UserAsync(factory, name, Roles.Mentor, 1);
        using var client = await TestClient.LoggedInAsync(factory, name, Arrange.Password);

        var page = await TestClient.ParseAsync(await ChangeAsync(client, $"x-{name}-x"));

        Assert.Contains("Het wachtwoord mag uw gebruikersnaam niet bevatten.", page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ALongUncommonPassword_IsAccepted()
    {
        var name = $"goed{Guid.NewGuid():N}"[..10];
        await Arrange.UserAsync(factory, name, Roles.Mentor, 1);
        using var client = await TestClient.LoggedInAsync(factory, name, Arrange.Password);

        var response = await ChangeAsync(client, "paarse olifant fietst");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private static Task<HttpResponseMessage> ChangeAsync(TestClient client, string password) =>
        client.SubmitFormAsync("/Account/WachtwoordWijzigen", "main form", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Arrange.Password,
            ["Input.NewPassword"] = password,
            ["Input.ConfirmPassword"] = password,
        });
}
