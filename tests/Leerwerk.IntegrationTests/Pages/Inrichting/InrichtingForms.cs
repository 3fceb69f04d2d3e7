using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Data.Accounts;
using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Pages.Inrichting;

/// <summary>The set-up forms as a beheerder fills them in, and a post of a form field that occurs more than once.</summary>
internal static class InrichtingForms
{
    public static Dictionary<string, string> School(string name = "Vmbo Het Baken", string brin = "09xy", string vestiging = "00") => new()
    {
        ["Input.Name"] = name,
        ["Input.Brin"] = brin,
        ["Input.Vestiging"] = vestiging,
        ["Input.BevoegdGezag"] = "Stichting Openbaar Onderwijs Lingewaard",
        ["Input.SignatoryName"] = "mr. J. de Wit",
        ["Input.SignatoryFunction"] = "voorzitter college van bestuur",
        ["Input.Street"] = "Havenweg",
        ["Input.HouseNumber"] = "7a",
        ["Input.PostalCode"] = "6851ab",
        ["Input.City"] = "Huissen",
        ["Input.Regio"] = "Zuid",
    };

    /// <summary>Posts the profielen form with several profielen ticked (one field name, several values).</summary>
    public static async Task<HttpResponseMessage> PostProfielenAsync(TestClient client, int schoolId, IReadOnlyDictionary<string, string> keuzevakken)
    {
        var url = $"/Inrichting/Profielen/{schoolId}";
        var (_, page) = await client.GetPageAsync(url);
        var form = page.QuerySelector<IHtmlFormElement>("#profielen-formulier")!;
        var token = form.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        var fields = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", token) };
        fields.AddRange(keuzevakken.Keys.Select(code => new KeyValuePair<string, string>("Gekozen", code)));
        fields.AddRange(keuzevakken.Select(k => new KeyValuePair<string, string>($"Keuzevakken[{k.Key}]", k.Value)));
        using var content = new FormUrlEncodedContent(fields);
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    /// <summary>The first beheerder of an empty installation, logged in with its one-time password and then its own one.</summary>
    public static async Task<TestClient> FirstBeheerderAsync(LeegAppFactory factory)
    {
        await factory.SetFirstAdministratorPasswordAsync();
        var client = await TestClient.LoggedInAsync(factory, AccountBootstrapper.AdministratorName, LeegAppFactory.OneTimePassword);
        await ChangePasswordAsync(client, LeegAppFactory.OneTimePassword, "eigen-wachtwoord-beheer");
        return client;
    }

    public static async Task ChangePasswordAsync(TestClient client, string current, string next)
    {
        var response = await client.SubmitFormAsync("/Account/WachtwoordWijzigen", "main form", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.ConfirmPassword"] = next,
        });
        if (response.Headers.Location?.OriginalString != "/")
        {
            throw new InvalidOperationException($"Changing the password failed: {(int)response.StatusCode}");
        }
    }
}
