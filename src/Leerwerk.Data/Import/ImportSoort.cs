namespace Leerwerk.Data.Import;

/// <summary>The import page an <see cref="ImportBestand"/> belongs to.</summary>
public enum ImportSoort
{
    Leerlingen,
    Cijfers,
    Leerbedrijven,
    StageUren,
}
