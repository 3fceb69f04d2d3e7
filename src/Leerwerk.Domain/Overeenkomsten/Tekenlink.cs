using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>
/// The rules of a signing link (<see cref="Ondertekeningslink"/>): a random token of 256 bits in base64url of which only
/// the SHA-256 is stored, valid for <c>days</c> days, once; and the one-time code of six digits that signing needs,
/// stored hashed, valid for <see cref="CodeMinutes"/> minutes and for <see cref="MaxCodeAttempts"/> tries.
/// </summary>
public static class Tekenlink
{
    public const int DefaultDaysValid = 14;

    public const int CodeMinutes = 15;

    public const int MaxCodeAttempts = 5;

    private const int TokenBytes = 32;

    /// <summary>Length of a base64url token of 32 bytes without padding.</summary>
    public const int TokenLength = 43;

    /// <summary>Makes a new link for one party; returns it with the token, which only the e-mail carries.</summary>
    public static (Ondertekeningslink Link, string Token) Issue(Leerwerkovereenkomst agreement, Partij partij, string recipientName,
        string email, DateTime now, int daysValid)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return Issue(agreement.SchoolId, agreement.Id, null, partij, recipientName, email, now, daysValid);
    }

    /// <summary>Makes a new link for one bevoegd gezag of a samenwerkingsovereenkomst.</summary>
    public static (Ondertekeningslink Link, string Token) Issue(Samenwerkingsovereenkomst agreement, Partij partij, string recipientName,
        string email, DateTime now, int daysValid)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return Issue(agreement.SchoolId, null, agreement.Id, partij, recipientName, email, now, daysValid);
    }

    private static (Ondertekeningslink Link, string Token) Issue(int schoolId, int? leerwerkovereenkomstId, int? samenwerkingsovereenkomstId,
        Partij partij, string recipientName, string email, DateTime now, int daysValid)
    {
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));
        var link = new Ondertekeningslink
        {
            SchoolId = schoolId,
            LeerwerkovereenkomstId = leerwerkovereenkomstId,
            SamenwerkingsovereenkomstId = samenwerkingsovereenkomstId,
            Partij = partij,
            RecipientName = recipientName,
            Email = email,
            TokenHash = Hash(token),
            IssuedAt = now,
            ExpiresAt = now.AddDays(daysValid),
        };
        return (link, token);
    }

    /// <summary>The stored form of a token or code: lower-case hex SHA-256.</summary>
    public static string Hash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
    }

    /// <summary>True when the text can be a token at all; anything else is refused without a database look-up.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: TokenLength } && Base64Url.IsValid(token, out var decoded) && decoded == TokenBytes;

    /// <summary>
    /// Whether the presented token opens <paramref name="link"/> (found by the token's hash; null: none) at
    /// <paramref name="now"/>: well formed, the same hash (compared in constant time), not revoked, not used, not expired.
    /// Every "no" is the same "no": the refusal page must not tell a guesser which one it was.
    /// </summary>
    public static bool Opens(Ondertekeningslink? link, string? token, DateTime now) =>
        link is not null && IsWellFormed(token)
        && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(link.TokenHash), Encoding.ASCII.GetBytes(Hash(token!)))
        && link.IsOpen && now < link.ExpiresAt;

    /// <summary>Makes a new one-time code (six digits) for the link, replacing an earlier one; returns the code for the mail.</summary>
    public static string NewCode(Ondertekeningslink link, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(link);
        var code = RandomNumberGenerator.GetInt32(0, 1_000_000).ToString("D6", CultureInfo.InvariantCulture);
        link.CodeHash = CodeHash(link, code);
        link.CodeExpiresAt = now.AddMinutes(CodeMinutes);
        link.CodeAttempts = 0;
        return code;
    }

    /// <summary>
    /// Checks a typed code: right, in time and within the attempts. A wrong code counts an attempt; the last allowed
    /// wrong attempt spends the code, so a new one must be requested.
    /// </summary>
    public static bool CheckCode(Ondertekeningslink link, string? code, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (link.CodeHash is null || link.CodeExpiresAt is not { } until || now >= until || link.CodeAttempts >= MaxCodeAttempts)
        {
            return false;
        }

        var typed = (code ?? "").Trim();
        if (typed.Length == 6 && typed.All(char.IsAsciiDigit)
            && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(link.CodeHash), Encoding.ASCII.GetBytes(CodeHash(link, typed))))
        {
            return true;
        }

        link.CodeAttempts++;
        return false;
    }

    /// <summary>Marks the link used: it cannot sign again, and the code is spent.</summary>
    public static void Use(Ondertekeningslink link, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(link);
        link.UsedAt = now;
        link.CodeHash = null;
        link.CodeExpiresAt = null;
    }

    public static void Revoke(Ondertekeningslink link, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(link);
        if (link.IsOpen)
        {
            link.RevokedAt = now;
        }
    }

    // Salted with the token's hash, so the same code on two links hashes differently.
    private static string CodeHash(Ondertekeningslink link, string code) => Hash(link.TokenHash + ":" + code);
}
