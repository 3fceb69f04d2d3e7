using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Leerwerk.IntegrationTests.Infrastructure;

/// <summary>
/// A browser-like HTTP client: keeps cookies, logs in through the real form, parses pages with
/// AngleSharp and submits forms with the antiforgery token taken from the page.
/// </summary>
public sealed class TestClient(HttpClient http) : IDisposable
{
    public HttpClient Http { get; } = http;

    public static TestClient Create(LeerwerkAppFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        return new TestClient(factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));
    }

    /// <summary>Logs in as a demo user (password of the demo) and fails the test when that does not work.</summary>
    public static async Task<TestClient> LoggedInAsync(LeerwerkAppFactory factory, string userName = "coordinator", string password = Data.Demo.DemoUsers.Password)
    {
        var client = Create(factory);
        var response = await client.SubmitFormAsync("/Account/Inloggen", "form", new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = password,
        });
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Login as {userName} failed: {(int)response.StatusCode}");
        }

        return client;
    }

    public async Task<(HttpResponseMessage Response, IHtmlDocument Document)> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(new Uri(url, UriKind.Relative), TestContext.Current.CancellationToken);
        return (response, await ParseAsync(response));
    }

    /// <summary>GETs <paramref name="url"/>, fills the form matched by <paramref name="formSelector"/> and posts it.</summary>
    public async Task<HttpResponseMessage> SubmitFormAsync(string url, string formSelector, IReadOnlyDictionary<string, string> values)
    {
        var (_, page) = await GetPageAsync(url);
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}.");
        return await SubmitAsync(url, form, values);
    }

    /// <summary>Posts a parsed form with its own fields (hidden ones and the antiforgery token) overridden by <paramref name="values"/>.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, IHtmlFormElement form, IReadOnlyDictionary<string, string> values)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(values);
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.Elements.OfType<IHtmlElement>())
        {
            var name = element.GetAttribute("name");
            if (string.IsNullOrEmpty(name) || values.ContainsKey(name))
            {
                continue;
            }

            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio" } box when box.IsChecked:
                    fields.Add(new(name, box.Value));
                    break;
                case IHtmlInputElement { Type: "checkbox" or "radio" or "submit" or "button" }:
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? string.Empty));
                    break;
                default:
                    break;
            }
        }

        fields.AddRange(values);
        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? url : action;
        using var content = new FormUrlEncodedContent(fields);
        return await Http.PostAsync(new Uri(target, UriKind.Relative), content, TestContext.Current.CancellationToken);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        var context = BrowsingContext.New(Configuration.Default);
        return (IHtmlDocument)await context.OpenAsync(req => req.Content(html), TestContext.Current.CancellationToken);
    }

    public void Dispose() => Http.Dispose();
}
