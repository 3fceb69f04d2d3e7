namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>
/// A personal signing link for one party of one leer-werkovereenkomst or samenwerkingsovereenkomst (issue #16): only the SHA-256 of the token is
/// stored, it expires, can be revoked and is used once. Signing needs a one-time code mailed to the same address; its
/// hash, expiry and the failed attempts are kept here.
/// </summary>
public sealed class Ondertekeningslink : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    /// <summary>The leer-werkovereenkomst this link belongs to; exactly one of this and <see cref="SamenwerkingsovereenkomstId"/> is set.</summary>
    public int? LeerwerkovereenkomstId { get; set; }

    /// <summary>The samenwerkingsovereenkomst this link belongs to, signed by both bevoegde gezagen.</summary>
    public int? SamenwerkingsovereenkomstId { get; set; }

    public Partij Partij { get; set; }

    /// <summary>Who the link is for, as the records name them (the greeting of the mail); the signer types their own name.</summary>
    public required string RecipientName { get; set; }

    public required string Email { get; set; }

    public required string TokenHash { get; set; }

    public DateTime IssuedAt { get; set; }

    public DateTime ExpiresAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    /// <summary>When the link was used to sign; a used link opens nothing any more.</summary>
    public DateTime? UsedAt { get; set; }

    /// <summary>The signature made through this link, while it stands (a change of content removes it).</summary>
    public int? OndertekeningId { get; set; }

    public Ondertekening? Ondertekening { get; set; }

    public string? CodeHash { get; set; }

    public DateTime? CodeExpiresAt { get; set; }

    /// <summary>Wrong codes entered against the current code; at <see cref="Tekenlink.MaxCodeAttempts"/> the code is spent.</summary>
    public int CodeAttempts { get; set; }

    /// <summary>Open: not used, not revoked (expiry aside): the party still has to sign through it.</summary>
    public bool IsOpen => UsedAt is null && RevokedAt is null;
}
