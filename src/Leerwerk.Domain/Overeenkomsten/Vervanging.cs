using Leerwerk.Domain.Leerbedrijven;

namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>
/// What replacing a placement needs (WVO 2020 art. 2.107; rule E11): the day the old placement stops, the cause, and
/// the leerbedrijf and start date of the new placement.
/// </summary>
public sealed record Vervanging(DateOnly? On, string? Cause, Leerbedrijf? Leerbedrijf, DateOnly? Start);

/// <summary>The outcome of <see cref="Levensloop.Vervang"/>: the status change, and the new placement when it was allowed.</summary>
public sealed record VervangResultaat(Overgang Overgang, Leerwerkovereenkomst? Replacement)
{
    public bool IsAllowed => Overgang.IsAllowed;
}
