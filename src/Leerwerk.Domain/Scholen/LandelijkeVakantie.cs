namespace Leerwerk.Domain.Scholen;

/// <summary>
/// A national school holiday of one regio and school year as the beheerder of the installation entered it from the
/// Rijksoverheid list (<see cref="Schoolvakanties"/>): for a school year Leerwerk does not know yet, or to correct one it
/// knows. One per school year, regio and kind of holiday (<see cref="Schoolvakanties.Soorten"/>); it belongs to the
/// installation, not to one school, since every school of the regio has the same national dates.
/// </summary>
public sealed class LandelijkeVakantie
{
    public int Id { get; set; }

    /// <summary>The school year by its first calendar year: 2026 is 2026-2027.</summary>
    public int Schooljaar { get; set; }

    public Regio Regio { get; set; }

    /// <summary>One of <see cref="Schoolvakanties.Soorten"/>, e.g. "Herfstvakantie".</summary>
    public required string Omschrijving { get; set; }

    public DateOnly Van { get; set; }

    /// <summary>The last day, included.</summary>
    public DateOnly Tot { get; set; }
}
