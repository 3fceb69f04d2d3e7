using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Leerwerk.Web.Api;

/// <summary>
/// Makes and checks API keys: "lw_" and 32 random bytes (base64url). Only the SHA-256 of the key is stored; a random
/// 256-bit secret needs no slow hash, and the comparison of hashes is constant-time all the same.
/// </summary>
public static class ApiSleutelGeheim
{
    public const string Voorvoegsel = "lw_";

    /// <summary>How many characters of a key the list shows to recognise it.</summary>
    public const int PrefixLength = 10;

    /// <summary>A new key and what is stored of it.</summary>
    public static (string Key, string Prefix, string Hash) Nieuw()
    {
        var key = Voorvoegsel + Base64Url(RandomNumberGenerator.GetBytes(32));
        return (key, key[..PrefixLength], Hash(key));
    }

    /// <summary>SHA-256 of the key, lower-case hexadecimal.</summary>
    public static string Hash(string key) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));

    /// <summary>Whether <paramref name="key"/> hashes to <paramref name="storedHash"/>, compared in constant time.</summary>
    public static bool Matches(string key, string storedHash) =>
        CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Hash(key)), Encoding.ASCII.GetBytes(storedHash));

    /// <summary>Whether a text can be a key at all, so garbage never reaches the database.</summary>
    public static bool LooksLikeKey(string text) =>
        text.Length == Voorvoegsel.Length + 43 && text.StartsWith(Voorvoegsel, StringComparison.Ordinal)
        && text.AsSpan(Voorvoegsel.Length).IndexOfAnyExcept(Base64UrlChars) < 0;

    private static readonly SearchValues<char> Base64UrlChars = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_");

    private static string Base64Url(byte[] bytes) => Convert.ToBase64String(bytes).TrimEnd('=').Replace('+', '-').Replace('/', '_');
}
