using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.IntegrationTests.Beveiliging;

/// <summary>
/// The real app (without the demo) set up as behind a TLS proxy: the proxy <see cref="Proxy"/> is configured as known,
/// every request arrives from it unless <see cref="PeerHeader"/> names another peer (the test server has no sockets, so
/// this stands in for the TCP connection), HTTPS is on port 443, the data-protection keys are encrypted with a fresh
/// certificate and the SQLite file lies in a folder of its own, created by the app.
/// </summary>
public sealed class BeveiligingAppFactory : LeerwerkAppFactory
{
    public const string Proxy = "192.0.2.1";

    public const string PeerHeader = "X-Test-Peer";

    public const string PublicHost = "leerwerk.example";

    public const int ApprovalLinksPerMinute = 3;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"leerwerk-beveiliging-{Guid.NewGuid():N}");

    protected override bool LoadDemo => false;

    /// <summary>The folder the app creates for its SQLite file (SQLite runs only; PostgreSQL has no file).</summary>
    public string DatabaseFolder => Path.Combine(_folder, "data");

    public string DatabaseFile => Path.Combine(DatabaseFolder, "leerwerk.db");

    public string CertificateFile => Path.Combine(_folder, "sleutels.pfx");

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        Directory.CreateDirectory(_folder);
        using (var key = RSA.Create(2048))
        {
            var request = new CertificateRequest("CN=Leerwerk test", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
            File.WriteAllBytes(CertificateFile, certificate.Export(X509ContentType.Pfx, "test-certificaat"));
        }

        builder!.UseSetting("DataProtection:CertificatePath", CertificateFile);
        builder.UseSetting("DataProtection:CertificatePassword", "test-certificaat");
        builder.UseSetting("ForwardedHeaders:KnownProxies", Proxy);
        builder.UseSetting("AllowedHosts", $"localhost;{PublicHost}");
        builder.UseSetting("https_port", "443");
        builder.UseSetting("RateLimit:GoedkeuringslinkPerMinuut", ApprovalLinksPerMinute.ToString(System.Globalization.CultureInfo.InvariantCulture));
        if (!IsPostgres)
        {
            builder.UseSetting("Database:ConnectionString", $"Data Source={DatabaseFile}");
        }

        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter, PeerAddress>());
    }

    /// <summary>A client for <paramref name="baseAddress"/> (https://localhost by default) that comes from <paramref name="client"/> through the proxy.</summary>
    public TestClient ClientFrom(string client, string baseAddress = "https://localhost")
    {
        var http = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri(baseAddress) });
        http.DefaultRequestHeaders.Add("X-Forwarded-For", client);
        return new TestClient(http);
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        GC.SuppressFinalize(this);
    }

    private sealed class PeerAddress : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, nextMiddleware) =>
            {
                var peer = context.Request.Headers[PeerHeader].ToString();
                context.Connection.RemoteIpAddress = IPAddress.Parse(string.IsNullOrEmpty(peer) ? Proxy : peer);
                await nextMiddleware();
            });
            next(app);
        };
    }
}
