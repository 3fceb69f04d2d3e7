namespace Leerwerk.Domain.Leerbedrijven;

/// <summary>The days on which an erkenning counts: <see cref="Van"/> up to, not including, <see cref="Tot"/>.</summary>
public readonly record struct ErkenningVenster(DateOnly Van, DateOnly Tot)
{
    public bool Contains(DateOnly date) => Van <= date && date < Tot;
}
