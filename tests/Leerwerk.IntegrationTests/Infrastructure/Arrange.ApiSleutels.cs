using System.Net.Http.Headers;
using Leerwerk.Data.ApiSleutels;
using Leerwerk.Web.Api;

namespace Leerwerk.IntegrationTests.Infrastructure;

/// <summary>API keys for the API tests, made as the keys page makes them (only the hash stored), and clients that send them.</summary>
public static partial class Arrange
{
    /// <summary>A new key of <paramref name="schoolId"/> with <paramref name="scopes"/>; returns the key itself and its name.</summary>
    public static async Task<(string Key, string Name)> ApiKeyAsync(LeerwerkAppFactory factory, int schoolId, string[] scopes, bool revoked = false)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var (key, prefix, hash) = ApiSleutelGeheim.Nieuw();
        var name = $"Test {Guid.NewGuid():N}"[..17];
        await using var db = factory.CreateSystemDbContext();
        db.ApiSleutels.Add(new ApiSleutel
        {
            SchoolId = schoolId,
            Name = name,
            Scopes = string.Join(' ', scopes),
            Prefix = prefix,
            SleutelHash = hash,
            CreatedBy = "test",
            CreatedAt = UtcNow,
            RevokedAt = revoked ? UtcNow : null,
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return (key, name);
    }

    /// <summary>A client without cookies that sends <paramref name="key"/> as a bearer token.</summary>
    public static HttpClient ApiClient(LeerwerkAppFactory factory, string? key)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });
        if (key is not null)
        {
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", key);
        }

        return client;
    }

    /// <summary>A key of the demo school that may read and write hours, and a client with it.</summary>
    public static async Task<(HttpClient Client, string Name)> DemoApiClientAsync(LeerwerkAppFactory factory, params string[] scopes)
    {
        var (key, name) = await ApiKeyAsync(factory, await DemoSchoolIdAsync(factory), scopes.Length == 0 ? [.. ApiScopes.All] : scopes);
        return (ApiClient(factory, key), name);
    }
}
