namespace Leerwerk.Domain.StageUren.Telling;

/// <summary>Why an hour entry is shown but does not count towards E1/E2.</summary>
public enum NietGeteldReden
{
    /// <summary>Entered but not yet approved: it will count once approved.</summary>
    NogNietGoedgekeurd,

    Afgekeurd,

    /// <summary>Replaced by a correction; the correction counts instead.</summary>
    Gecorrigeerd,

    /// <summary>E4: not entered under a leer-werkovereenkomst of this student.</summary>
    GeenOvereenkomst,

    /// <summary>E4: on a day outside the period of the leer-werkovereenkomst.</summary>
    BuitenPeriode,

    /// <summary>E6: the leer-werkovereenkomst was not yet fully signed on that day.</summary>
    NietOndertekend,

    /// <summary>E5: the leerbedrijf had no LWT erkenning for the student's profiel on that day.</summary>
    GeenErkenning,
}
