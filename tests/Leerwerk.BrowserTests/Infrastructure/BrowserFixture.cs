using Microsoft.Playwright;

namespace Leerwerk.BrowserTests.Infrastructure;

/// <summary>
/// One app on a real socket and one headless Debian Chromium per test collection (the tier runs on 2 cores);
/// every test gets its own browser context, so cookies and storage never leak between tests.
/// Chromium comes from the OS (<c>/usr/bin/chromium</c>, or <c>LEERWERK_CHROMIUM</c>); Playwright never downloads one.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public static readonly string ChromiumPath = Environment.GetEnvironmentVariable("LEERWERK_CHROMIUM") is { Length: > 0 } path
        ? path
        : "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? _playwright;
    private IBrowser? _browser;

    public BrowserAppFactory App { get; } = new();

    public IBrowser Browser => _browser ?? throw new InvalidOperationException("The browser fixture has not started.");

    public Uri BaseAddress => App.BaseAddress;

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {ChromiumPath}. Install the Debian package (apt-get install chromium) or set LEERWERK_CHROMIUM.");
        }

        // Migrations and the demo school run here, on start, as on a first real run.
        App.Start();
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
        });
    }

    /// <summary>
    /// A fresh context (own cookies) with the app as base URL, Dutch locale and a desktop viewport; another app (a test's
    /// own <see cref="BrowserAppFactory"/>) when <paramref name="baseAddress"/> is given.
    /// </summary>
    public Task<IBrowserContext> NewContextAsync(Uri? baseAddress = null) => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = (baseAddress ?? BaseAddress).ToString(),
        Locale = "nl-NL",
        TimezoneId = "Europe/Amsterdam",
        ViewportSize = new ViewportSize { Width = 1280, Height = 800 },
    });

    public async ValueTask DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        await App.DisposeAsync();
    }
}

/// <summary>The browser tests share one app and one Chromium; tests in a collection run one after another.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
