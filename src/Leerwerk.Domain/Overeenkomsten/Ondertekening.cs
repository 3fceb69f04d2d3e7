namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>
/// One signature on a leer-werkovereenkomst or a samenwerkingsovereenkomst: who signed, for which party, on which date. A signature set through a
/// signing link (<see cref="Ondertekeningslink"/>) also keeps the moment, the SHA-256 of the exact text signed and the
/// request's IP address; one the coordinator records by hand (a paper signature) has none of these.
/// </summary>
public sealed class Ondertekening : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    /// <summary>The leer-werkovereenkomst this signature belongs to; exactly one of this and <see cref="SamenwerkingsovereenkomstId"/> is set.</summary>
    public int? LeerwerkovereenkomstId { get; set; }

    /// <summary>The samenwerkingsovereenkomst this signature belongs to, signed by both bevoegde gezagen.</summary>
    public int? SamenwerkingsovereenkomstId { get; set; }

    public Partij Partij { get; set; }

    public required string SignerName { get; set; }

    public DateOnly SignedOn { get; set; }

    /// <summary>The moment (UTC) of an electronic signature; null for one recorded by hand.</summary>
    public DateTime? SignedAt { get; set; }

    /// <summary>Lower-case hex SHA-256 of the text the signer saw and signed (<c>Tekentekst</c>); null when recorded by hand.</summary>
    public string? TextHash { get; set; }

    /// <summary>The client's IP address as the app saw it (behind the proxy: the forwarded one); null when recorded by hand.</summary>
    public string? IpAddress { get; set; }

    /// <summary>True when the signer signed through a link; false when the coordinator recorded a (paper) signature.</summary>
    public bool IsElectronic => TextHash is not null;
}
