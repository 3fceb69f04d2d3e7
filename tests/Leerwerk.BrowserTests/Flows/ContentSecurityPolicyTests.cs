using Leerwerk.BrowserTests.Infrastructure;

namespace Leerwerk.BrowserTests.Flows;

/// <summary>
/// The browser contexts do not bypass the app's Content-Security-Policy (axe is evaluated through the
/// DevTools protocol instead), so pages render, and are screenshotted and checked, as users get them.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContentSecurityPolicyTests(BrowserFixture fixture)
{
    [Fact]
    public async Task InlineScript_OnAppPage_IsBlockedByContentSecurityPolicy()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.Ordinal))
            {
                violations.Add(message.Text);
            }
        };
        await page.GotoAsync(Session.LoginPath);

        await page.EvaluateAsync("""
            () => {
              const script = document.createElement('script');
              script.textContent = 'window.inlineScriptRan = true;';
              document.head.appendChild(script);
            }
            """);

        Assert.False(await page.EvaluateAsync<bool>("() => window.inlineScriptRan === true"));
        Assert.NotEmpty(violations);
    }
}
