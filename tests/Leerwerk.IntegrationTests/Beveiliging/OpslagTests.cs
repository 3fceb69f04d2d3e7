using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Beveiliging;

/// <summary>What lies on disk and in the database: keys encrypted with the configured certificate, the SQLite file for its owner only.</summary>
public sealed class OpslagTests(BeveiligingAppFactory factory) : IClassFixture<BeveiligingAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task DataProtectionKeys_AreEncryptedWithTheCertificate_InTheDatabase()
    {
        // A page with a form makes the app create its first key (for the antiforgery token).
        using var client = factory.ClientFrom("198.51.100.70");
        var (response, _) = await client.GetPageAsync("/Account/Inloggen");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);

        await using var db = factory.CreateSystemDbContext();
        var keys = await db.DataProtectionKeys.Select(k => k.Xml).ToListAsync(Ct);

        Assert.NotEmpty(keys);
        Assert.All(keys, xml =>
        {
            Assert.Contains("<encryptedSecret", xml, StringComparison.Ordinal);
            Assert.Contains("EncryptedXml", xml, StringComparison.Ordinal);
            Assert.DoesNotContain("<masterKey", xml, StringComparison.Ordinal);
        });
    }

    [Fact]
    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    public void SqliteFileAndFolder_AreCreatedForTheOwnerOnly()
    {
        Assert.SkipWhen(LeerwerkAppFactory.IsPostgres, "PostgreSQL keeps no file of the app's own.");
        Assert.SkipWhen(OperatingSystem.IsWindows(), "Unix file modes.");
        _ = factory.Server;

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(factory.DatabaseFolder));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(factory.DatabaseFile));
    }
}
