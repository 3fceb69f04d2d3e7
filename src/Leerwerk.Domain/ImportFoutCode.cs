namespace Leerwerk.Domain;

/// <summary>
/// The stable codes of <see cref="ImportFout"/>, one per kind of problem, the same in every import. Integrations and
/// tests read them (the import pages render them as data-code), so a code is never renamed or reused for another kind;
/// a new kind gets a new code here and in the fixed list of ImportFoutCodeTests.
/// </summary>
public static class ImportFoutCode
{
    /// <summary>No file was chosen, it is empty, too large, or the preview it came from is gone.</summary>
    public const string BestandOngeldig = "bestand-ongeldig";

    /// <summary>The file has a header but no data rows.</summary>
    public const string BestandZonderRegels = "bestand-zonder-regels";

    public const string KolomOntbreekt = "kolom-ontbreekt";
    public const string KolomDubbel = "kolom-dubbel";

    /// <summary>A row has more or fewer fields than the header or the format expects.</summary>
    public const string AantalKolommen = "aantal-kolommen";

    public const string WaardeOntbreekt = "waarde-ontbreekt";
    public const string WaardeTeLang = "waarde-te-lang";
    public const string DatumOngeldig = "datum-ongeldig";

    /// <summary>Two dates of one row in the wrong order (tot before van, assessment before recognition).</summary>
    public const string DatumVolgorde = "datum-volgorde";

    public const string BuitenSchooljaar = "buiten-schooljaar";
    public const string GeboortedatumOnmogelijk = "geboortedatum-onmogelijk";
    public const string LeerlingnummerOngeldig = "leerlingnummer-ongeldig";
    public const string LeerlingnummerDubbel = "leerlingnummer-dubbel";
    public const string LeerlingOnbekend = "leerling-onbekend";
    public const string LeerwegOnbekend = "leerweg-onbekend";
    public const string LeerjaarOngeldig = "leerjaar-ongeldig";
    public const string ProfielOnbekend = "profiel-onbekend";
    public const string ProfielOntbreekt = "profiel-ontbreekt";
    public const string EmailOngeldig = "email-ongeldig";
    public const string OuderNaamOntbreekt = "oudernaam-ontbreekt";
    public const string KvkOngeldig = "kvk-ongeldig";
    public const string PostcodeOngeldig = "postcode-ongeldig";
    public const string JaNeeOngeldig = "ja-nee-ongeldig";
    public const string ErkenningDubbel = "erkenning-dubbel";

    /// <summary>Hours that are not a number in quarters from 0 to 12 (too many, a decimal point, …).</summary>
    public const string UrenOngeldig = "uren-ongeldig";

    /// <summary>The same student and day twice in one hours file.</summary>
    public const string UrenDubbel = "uren-dubbel";

    public const string OvereenkomstOntbreekt = "overeenkomst-ontbreekt";

    /// <summary>Hours for a day after today: hours record work done.</summary>
    public const string DatumNaVandaag = "datum-na-vandaag";

    /// <summary>A grade that is not a number (exam input).</summary>
    public const string CijferOngeldig = "cijfer-ongeldig";

    /// <summary>A value that must be the same on every row of one candidate differs from an earlier row (exam input).</summary>
    public const string WaardeTegenstrijdig = "waarde-tegenstrijdig";

    /// <summary>A subject code of the LAS grade export that the school has not mapped to a subject (Examen › Vakcodes).</summary>
    public const string VakcodeOnbekend = "vakcode-onbekend";

    /// <summary>The same student and subject twice in one grade file.</summary>
    public const string VakDubbel = "vak-dubbel";

    /// <summary>A cell with a line break, tab or other control character the field does not allow (<see cref="Stuurtekens"/>).</summary>
    public const string Stuurteken = "stuurteken";

    /// <summary>Every code, for the test that keeps them unique and unchanged.</summary>
    public static readonly IReadOnlyList<string> All =
    [
        BestandOngeldig, BestandZonderRegels, KolomOntbreekt, KolomDubbel, AantalKolommen, WaardeOntbreekt, WaardeTeLang,
        DatumOngeldig, DatumVolgorde, BuitenSchooljaar, GeboortedatumOnmogelijk, LeerlingnummerOngeldig, LeerlingnummerDubbel,
        LeerlingOnbekend, LeerwegOnbekend, LeerjaarOngeldig, ProfielOnbekend, ProfielOntbreekt, EmailOngeldig, OuderNaamOntbreekt,
        KvkOngeldig, PostcodeOngeldig, JaNeeOngeldig, ErkenningDubbel, UrenOngeldig, UrenDubbel, OvereenkomstOntbreekt,
        CijferOngeldig, WaardeTegenstrijdig, DatumNaVandaag, VakcodeOnbekend, VakDubbel, Stuurteken,
    ];
}
