using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Storingen;

/// <summary>
/// The real web app as its own process (the Release or Debug build next to this test's), as a server runs it, so that
/// a test can kill it with SIGKILL and start it again on the same database.
/// </summary>
internal sealed class LosseApp : IAsyncDisposable
{
    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private LosseApp(Process process, Uri address)
    {
        _process = process;
        Address = address;
    }

    public Uri Address { get; }

    /// <summary>What the app wrote, for the message of a failing test.</summary>
    public string Output => string.Join('\n', _output.TakeLast(40));

    /// <summary>
    /// The web project's folder and its build of the same configuration as this test assembly
    /// (…/tests/Leerwerk.IntegrationTests/bin/Release/net10.0 → …/src/Leerwerk.Web/bin/Release/net10.0/Leerwerk.Web.dll).
    /// </summary>
    public static (string Project, string Dll) Build()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var framework = output.Name;
        var configuration = output.Parent!.Name;
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "Leerwerk.slnx")))
        {
            root = root.Parent;
        }

        var project = Path.Combine(root?.FullName ?? throw new InvalidOperationException($"No Leerwerk.slnx above {output.FullName}."), "src", "Leerwerk.Web");
        return (project, Path.Combine(project, "bin", configuration, framework, "Leerwerk.Web.dll"));
    }

    /// <summary>Starts the app on a free loopback port and waits until /healthz says the database answers.</summary>
    public static async Task<LosseApp> StartAsync(string provider, string connectionString, CancellationToken ct)
    {
        var (project, dll) = Build();
        Assert.True(File.Exists(dll), $"The web app is not built: {dll} (build the solution first).");
        var url = $"http://127.0.0.1:{FreePort()}";
        var address = new Uri(url);
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = project, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(dll);
        start.Environment["ASPNETCORE_URLS"] = url;
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["Database__Provider"] = provider;
        start.Environment["Database__ConnectionString"] = connectionString;
        start.Environment["Demo__LoadOnFirstStart"] = "true";
        start.Environment["Mail__SenderEnabled"] = "false";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start.");
        var app = new LosseApp(process, address);
        process.OutputDataReceived += (_, e) => app.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => app.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (deadline.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"Leerwerk.Web stopped with exit code {process.ExitCode}:\n{app.Output}");
            }

            try
            {
                if ((await http.GetAsync(new Uri("/healthz", UriKind.Relative), ct)).StatusCode == HttpStatusCode.OK)
                {
                    return app;
                }
            }
            catch (Exception e) when (e is HttpRequestException || (e is TaskCanceledException && !ct.IsCancellationRequested))
            {
                // Not listening yet: migrations and the demo come first.
            }

            await Task.Delay(200, ct);
        }

        await app.DisposeAsync();
        throw new TimeoutException($"Leerwerk.Web did not answer /healthz within 120 s:\n{app.Output}");
    }

    /// <summary>A browser-like client of this process: cookies kept, redirects not followed.</summary>
    public TestClient Client() =>
        new(new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            BaseAddress = Address,
            Timeout = TimeSpan.FromMinutes(5),
        });

    /// <summary>Logs in as the demo coördinator through the real form.</summary>
    public async Task<TestClient> LoggedInAsync()
    {
        var client = Client();
        var response = await client.SubmitFormAsync("/Account/Inloggen", "form", new Dictionary<string, string>
        {
            ["Input.UserName"] = "coordinator",
            ["Input.Password"] = Data.Demo.DemoUsers.Password,
        });
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Login gave {(int)response.StatusCode}:\n{Output}");
        return client;
    }

    /// <summary>SIGKILL, as <c>kill -9</c>: no shutdown, no finally, no flush; the process and its children end at once.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        await _process.WaitForExitAsync(CancellationToken.None);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync();
        _process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            _output.Enqueue(line);
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }
}
