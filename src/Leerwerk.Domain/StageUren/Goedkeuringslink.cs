using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Leerwerk.Domain.Overeenkomsten;

namespace Leerwerk.Domain.StageUren;

/// <summary>
/// The praktijkbegeleider's approval link of one leer-werkovereenkomst: a random token of 256 bits in
/// base64url, of which only the SHA-256 hash is stored, valid until the agreement's end date plus
/// <see cref="DaysValidAfterEnd"/> days, revocable and re-issuable (issue #6).
/// </summary>
public static class Goedkeuringslink
{
    public const int DaysValidAfterEnd = 30;

    private const int TokenBytes = 32;

    /// <summary>Length of a base64url token of 32 bytes without padding.</summary>
    public const int TokenLength = 43;

    /// <summary>Issues a new token for <paramref name="agreement"/>: the hash replaces any earlier one, so an old link stops working.</summary>
    public static string Issue(Leerwerkovereenkomst agreement, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(TokenBytes));
        agreement.ApprovalTokenHash = Hash(token);
        agreement.ApprovalTokenIssuedAt = now;
        agreement.ApprovalTokenRevokedAt = null;
        return token;
    }

    /// <summary>Revokes the current link; the hash stays so the old link answers "ingetrokken" instead of "onbekend".</summary>
    public static void Revoke(Leerwerkovereenkomst agreement, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        if (agreement.ApprovalTokenHash is not null && agreement.ApprovalTokenRevokedAt is null)
        {
            agreement.ApprovalTokenRevokedAt = now;
        }
    }

    /// <summary>The stored form of a token: lower-case hex SHA-256 (64 characters).</summary>
    public static string Hash(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
    }

    /// <summary>True when the text can be a token at all; anything else is unknown without a database look-up.</summary>
    public static bool IsWellFormed(string? token) =>
        token is { Length: TokenLength } && Base64Url.IsValid(token, out var decoded) && decoded == TokenBytes;

    public static DateOnly ValidUntil(Leerwerkovereenkomst agreement)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        return agreement.EndDate.AddDays(DaysValidAfterEnd);
    }

    /// <summary>
    /// What a presented token is worth for the agreement found by its hash (null: none found). The hashes
    /// are compared again in constant time so the answer never depends on how much of a hash matched.
    /// </summary>
    public static GoedkeuringslinkState StateOf(Leerwerkovereenkomst? agreement, string token, DateOnly today)
    {
        if (agreement?.ApprovalTokenHash is null || !IsWellFormed(token)
            || !CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(agreement.ApprovalTokenHash), Encoding.ASCII.GetBytes(Hash(token))))
        {
            return GoedkeuringslinkState.Onbekend;
        }

        if (agreement.ApprovalTokenRevokedAt is not null)
        {
            return GoedkeuringslinkState.Ingetrokken;
        }

        return today > ValidUntil(agreement) ? GoedkeuringslinkState.Verlopen : GoedkeuringslinkState.Geldig;
    }

    /// <summary>The state of the agreement's current link as staff see it.</summary>
    public static GoedkeuringslinkState CurrentState(Leerwerkovereenkomst agreement, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        if (agreement.ApprovalTokenHash is null)
        {
            return GoedkeuringslinkState.Onbekend;
        }

        if (agreement.ApprovalTokenRevokedAt is not null)
        {
            return GoedkeuringslinkState.Ingetrokken;
        }

        return today > ValidUntil(agreement) ? GoedkeuringslinkState.Verlopen : GoedkeuringslinkState.Geldig;
    }
}

/// <summary>What an approval link is worth right now.</summary>
public enum GoedkeuringslinkState
{
    Geldig,
    Onbekend,
    Ingetrokken,
    Verlopen,
}
