namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>
/// A signing party of the leer-werkovereenkomst (WVO 2020 art. 2.103 lid 6; rule E6) or of the samenwerkingsovereenkomst
/// (the school's bevoegd gezag and <see cref="MboInstelling"/>; WVO 2020 art. 2.104).
/// </summary>
public enum Partij
{
    /// <summary>The bevoegd gezag of the school.</summary>
    BevoegdGezag,

    /// <summary>The student; signs alone only when of age.</summary>
    Leerling,

    /// <summary>A parent or legal representative; signs when the student is a minor.</summary>
    WettelijkVertegenwoordiger,

    Leerbedrijf,

    /// <summary>The bevoegd gezag of the mbo-instelling; signs the samenwerkingsovereenkomst only.</summary>
    MboInstelling,
}
