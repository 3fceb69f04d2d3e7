namespace Leerwerk.Domain.Leerlingen;

/// <summary>Why a student left the school (uitstroom).</summary>
public enum UitstroomReden
{
    /// <summary>Geslaagd: the student left with the vmbo diploma (often on to the mbo, see the doorstroom record).</summary>
    Geslaagd,

    /// <summary>Overstap: the student went on at another school.</summary>
    Overstap,

    /// <summary>Voortijdig: the student left without a diploma and without another school.</summary>
    Voortijdig,
}
