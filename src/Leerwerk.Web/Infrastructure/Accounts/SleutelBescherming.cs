using System.Security.Cryptography.X509Certificates;
using Leerwerk.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Leerwerk.Web.Infrastructure.Accounts;

/// <summary>
/// The data-protection keys (they sign the login and antiforgery cookies): kept in the database, so every instance of
/// the web app reads the same key ring, and encrypted there with a certificate when <c>DataProtection:CertificatePath</c>
/// (a .pfx with its private key) and <c>DataProtection:CertificatePassword</c> are configured. Without a certificate the
/// keys are stored in plain XML: then whoever reads the database can forge a login; docs/deployment.md tells how to set it.
/// </summary>
public static class SleutelBescherming
{
    public const string CertificatePathKey = "DataProtection:CertificatePath";

    public const string CertificatePasswordKey = "DataProtection:CertificatePassword";

    public static IServiceCollection AddLeerwerkDataProtection(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var builder = services.AddDataProtection().SetApplicationName("Leerwerk").PersistKeysToDbContext<LeerwerkDbContext>();
        if (Certificate(configuration) is { } certificate)
        {
            builder.ProtectKeysWithCertificate(certificate);
        }

        return services;
    }

    /// <summary>Whether the keys are encrypted at rest; start-up warns outside Development when they are not.</summary>
    public static bool IsConfigured(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration?[CertificatePathKey]);

    private static X509Certificate2? Certificate(IConfiguration configuration)
    {
        var path = configuration[CertificatePathKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            return null;
        }

        // EphemeralKeySet: the private key stays in memory, nothing is written to a user key store.
        return X509CertificateLoader.LoadPkcs12FromFile(path, configuration[CertificatePasswordKey], X509KeyStorageFlags.EphemeralKeySet);
    }
}
