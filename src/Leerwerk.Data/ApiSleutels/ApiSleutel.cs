using Leerwerk.Domain;

namespace Leerwerk.Data.ApiSleutels;

/// <summary>
/// A key with which another system (the LAS, a timesheet tool) reads a school's records or writes stage hours through
/// the JSON API. The key is shown once when a beheerder makes it; only its SHA-256 hash is stored, so a copy of the
/// database holds no usable key. A revoked key stays listed (who made it, when it was last used) but opens nothing.
/// </summary>
public sealed class ApiSleutel : ISchoolOwned
{
    public int Id { get; set; }

    /// <summary>The one school whose records the key opens.</summary>
    public int SchoolId { get; set; }

    /// <summary>What the beheerder calls it ("Urenregistratie Tijdwijs"); audit entries of its writes carry it.</summary>
    public required string Name { get; set; }

    /// <summary>The scopes, space-separated as in OAuth: <see cref="ApiScopes.Lezen"/>, <see cref="ApiScopes.UrenSchrijven"/>.</summary>
    public required string Scopes { get; set; }

    /// <summary>The first characters of the key, to recognise it in the list; too short to use.</summary>
    public required string Prefix { get; set; }

    /// <summary>SHA-256 of the whole key, hexadecimal; the key itself is never stored.</summary>
    public required string SleutelHash { get; set; }

    public required string CreatedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>The last request the key opened, to the minute; not audited (it is no change to a record).</summary>
    public DateTime? LastUsedAt { get; set; }

    public DateTime? RevokedAt { get; set; }

    public string? RevokedBy { get; set; }

    public bool IsRevoked => RevokedAt is not null;

    /// <summary>The scopes as a list.</summary>
    public IReadOnlyList<string> ScopeList => Scopes.Split(' ', StringSplitOptions.RemoveEmptyEntries);
}
