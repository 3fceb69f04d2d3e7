namespace Leerwerk.Domain.Leerlingen.Import;

/// <summary>The columns of a LAS export that Leerwerk reads; <see cref="LasKolommen"/> knows their header spellings.</summary>
public enum LasKolom
{
    Leerlingnummer,
    Roepnaam,
    Tussenvoegsel,
    Achternaam,
    Geboortedatum,
    Leerweg,
    Leerjaar,
    Profiel,
    Klas,
    Mentor,
    OuderNaam,
    OuderEmail,
    OuderTelefoon,
}
