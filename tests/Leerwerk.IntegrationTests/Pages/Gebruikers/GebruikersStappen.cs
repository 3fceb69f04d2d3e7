using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Gebruikers;

/// <summary>The steps of user management through HTTP, as the beheerder takes them.</summary>
public static class GebruikersStappen
{
    public const string Beheerder = "demobeheerder";

    public static string NewUserName(string prefix) => $"{prefix}{Guid.NewGuid():N}"[..(prefix.Length + 10)];

    /// <summary>Creates an account through the form and returns its id and the one-time password shown once.</summary>
    public static async Task<(string Id, string Password)> CreateAsync(LeerwerkAppFactory factory, TestClient beheerder, string userName, string role, IReadOnlyDictionary<string, string>? extra = null)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(beheerder);
        var values = new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.DisplayName"] = $"Test {userName}",
            ["Input.Role"] = role,
        };
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        var response = await beheerder.SubmitFormAsync("/Gebruikers/Nieuw", "#gebruiker-formulier", values);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        var password = page.QuerySelector("#eenmalig-wachtwoord code")?.TextContent
            ?? throw new InvalidOperationException("No one-time password shown: " + page.QuerySelector(".form-errors")?.TextContent);
        return (await IdOfAsync(factory, userName), password);
    }

    public static async Task<string> IdOfAsync(LeerwerkAppFactory factory, string userName)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var db = factory.CreateSystemDbContext();
        return await db.Users.Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>Posts the login form and returns the answer (no redirect followed).</summary>
    public static async Task<HttpResponseMessage> LoginAsync(TestClient client, string userName, string password)
    {
        ArgumentNullException.ThrowIfNull(client);
        return await client.SubmitFormAsync("/Account/Inloggen", "form", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
    }

    /// <summary>Logs in with a one-time password, which leads to the password page, and chooses <paramref name="newPassword"/>.</summary>
    public static async Task<HttpResponseMessage> FirstLoginAsync(TestClient client, string userName, string oneTimePassword, string newPassword)
    {
        var login = await LoginAsync(client, userName, oneTimePassword);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        Assert.Equal("/Account/WachtwoordWijzigen", login.Headers.Location!.OriginalString);
        return await client.SubmitFormAsync("/Account/WachtwoordWijzigen", "main form", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = oneTimePassword,
            ["Input.NewPassword"] = newPassword,
            ["Input.ConfirmPassword"] = newPassword,
        });
    }

    /// <summary>Posts one of the account page's own forms (#deactiveren, #activeren, #wachtwoord-resetten, #gebruiker-formulier).</summary>
    public static async Task<HttpResponseMessage> PostAccountFormAsync(TestClient beheerder, string id, string formId, IReadOnlyDictionary<string, string>? values = null)
    {
        ArgumentNullException.ThrowIfNull(beheerder);
        var url = $"/Gebruikers/Bewerken/{id}";
        var (_, page) = await beheerder.GetPageAsync(url);
        var form = page.QuerySelector<IHtmlFormElement>(formId) ?? throw new InvalidOperationException($"No form {formId} on {url}.");
        return await beheerder.SubmitAsync(url, form, values ?? new Dictionary<string, string>());
    }
}
