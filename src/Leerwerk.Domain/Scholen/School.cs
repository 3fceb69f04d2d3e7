namespace Leerwerk.Domain.Scholen;

/// <summary>
/// A vmbo school (vestiging) under a bevoegd gezag. A school board or national service can host
/// several schools in one database; every school-owned record carries its <see cref="Id"/>.
/// </summary>
public sealed class School
{
    public int Id { get; set; }

    public required string Name { get; set; }

    /// <summary>The legal authority that signs agreements, e.g. "Stichting Voortgezet Onderwijs Rivierenland".</summary>
    public required string BevoegdGezag { get; set; }

    /// <summary>The school's BRIN number: two digits and two letters, e.g. "09XY" (checked by <see cref="Gegevens.Brin"/>).</summary>
    public required string Brin { get; set; }

    /// <summary>The two-digit vestiging number that follows the BRIN, e.g. "00".</summary>
    public string? Vestiging { get; set; }

    /// <summary>The <see cref="Bestuur"/> (board) the school is grouped under, if any.</summary>
    public int? BestuurId { get; set; }

    public Regio Regio { get; set; }

    /// <summary>The visiting address (bezoekadres): street, house number, postcode "1234 AB" and <see cref="City"/>.</summary>
    public string? Street { get; set; }

    public string? HouseNumber { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    /// <summary>Who signs agreements for the <see cref="BevoegdGezag"/>, e.g. "mr. J. de Wit".</summary>
    public string? SignatoryName { get; set; }

    /// <summary>The signatory's function, e.g. "voorzitter college van bestuur".</summary>
    public string? SignatoryFunction { get; set; }

    /// <summary>The signatory's e-mail address: where the bevoegd gezag's signing links go.</summary>
    public string? SignatoryEmail { get; set; }

    /// <summary>Which intake steps the school uses (rule B7).</summary>
    public Leerlingen.Intakes.IntakeInstellingen IntakeInstellingen { get; set; } = new();

    /// <summary>The school's own logo for the header (PNG or JPEG, at most 200 kB); null shows the app's mark.</summary>
    public byte[]? Logo { get; set; }

    /// <summary>"image/png" or "image/jpeg", read from the logo's first bytes.</summary>
    public string? LogoContentType { get; set; }

    /// <summary>
    /// The AVG retention period: the personal data of a student is erased this many whole years after the day the
    /// student left the school (<c>leerwerk bewaartermijn</c>). Two years unless the school sets another.
    /// </summary>
    public int BewaartermijnJaren { get; set; } = DefaultBewaartermijnJaren;

    public const int DefaultBewaartermijnJaren = 2;

    /// <summary>The visiting address as one value, for checking and for the documents.</summary>
    public Gegevens.Adres Bezoekadres() => new(Street, HouseNumber, PostalCode, City);
}
