using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Leerwerk.Web.Infrastructure;

/// <summary>
/// Absolute links for people outside the app (e-mail, QR codes): built on the configured public address
/// <c>Leerwerk:PublicBaseUrl</c>, never on the request's Host header, which a client chooses. Without that setting
/// (the demo, a developer's machine) the app's own listening address is used, e.g. <c>http://127.0.0.1:5080</c>.
/// </summary>
public sealed class PublicLinks(IConfiguration configuration, IServer server)
{
    public const string Setting = "Leerwerk:PublicBaseUrl";

    /// <summary>The base address, without a trailing slash.</summary>
    public string BaseUrl
    {
        get
        {
            var configured = configuration[Setting];
            if (!string.IsNullOrWhiteSpace(configured))
            {
                if (!Uri.TryCreate(configured, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
                {
                    throw new InvalidOperationException($"{Setting} moet een volledig http- of https-adres zijn, bijvoorbeeld https://leerwerk.school.nl.");
                }

                return uri.GetLeftPart(UriPartial.Path).TrimEnd('/');
            }

            var listening = server.Features.Get<IServerAddressesFeature>()?.Addresses.FirstOrDefault();
            return listening is null ? "http://localhost" : Loopback(listening).TrimEnd('/');
        }
    }

    /// <summary>The absolute link to <paramref name="path"/> (starting with '/').</summary>
    public string To(string path)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        return BaseUrl + (path.StartsWith('/') ? path : "/" + path);
    }

    /// <summary>The approval link of a praktijkbegeleider.</summary>
    public string Goedkeuren(string token) => To($"/goedkeuren/{token}");

    // A wildcard listening address ("http://+:80", "http://0.0.0.0:5080") is no address to link to.
    private static string Loopback(string address) => address
        .Replace("://+", "://localhost", StringComparison.Ordinal)
        .Replace("://*", "://localhost", StringComparison.Ordinal)
        .Replace("://0.0.0.0", "://localhost", StringComparison.Ordinal)
        .Replace("://[::]", "://localhost", StringComparison.Ordinal);
}
