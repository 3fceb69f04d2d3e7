namespace Leerwerk.Domain.Rules;

/// <summary>
/// Where in the product a finding of a rule is fixed: a screen and, where it has one, its section. The catalogue
/// records one per MOET and ADVIES rule (<see cref="RuleCatalog.FixPlaceOf"/>); the web app turns it into a link.
/// </summary>
public enum FixPlace
{
    /// <summary>The student's own data: leerweg, class, kerndoel hours in leerjaar 1 and 2.</summary>
    LeerlingGegevens,

    /// <summary>The student's route decision (LWT or not) and its date.</summary>
    Route,

    /// <summary>The intake steps and the toelatingscommissie's decision.</summary>
    Intake,

    /// <summary>The student's programme: subjects, keuzevakken, rekenen or wiskunde.</summary>
    Programma,

    /// <summary>The grades and the exam status in the student's dossier.</summary>
    Examen,

    /// <summary>The student's stage hours.</summary>
    StageUren,

    /// <summary>The signatures of the leer-werkovereenkomst.</summary>
    Ondertekening,

    /// <summary>The mandatory content of the leer-werkovereenkomst (leerdoelen, begeleiding, beëindiging).</summary>
    OvereenkomstInhoud,

    /// <summary>The rooster and dates of the leer-werkovereenkomst.</summary>
    Rooster,

    /// <summary>The status of the leer-werkovereenkomst: ending or replacing it, another leerbedrijf.</summary>
    OvereenkomstStatus,

    /// <summary>The school's samenwerkingsovereenkomsten with the mbo.</summary>
    Samenwerkingsovereenkomst,

    /// <summary>The leerbedrijf's SBB-erkenningen.</summary>
    Erkenningen,

    /// <summary>The leerbedrijf's kwaliteitseisen a–k.</summary>
    Kwaliteitseisen,

    /// <summary>The student's doorstroom to the mbo.</summary>
    Doorstroom,
}
