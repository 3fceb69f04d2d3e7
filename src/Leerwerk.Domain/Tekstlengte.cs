namespace Leerwerk.Domain;

/// <summary>
/// The one list of text lengths. The EF configuration (<c>HasMaxLength</c>, both databases), the forms
/// (<c>[StringLength]</c>), the API models and the imports take a field's maximum from here, so a value one of them
/// accepts is never refused or cut off by another. A reflection test compares each form and API field with its column.
/// </summary>
public static class Tekstlengte
{
    /// <summary>Every text column without a length of its own (the convention in <c>LeerwerkDbContext</c>).</summary>
    public const int Standaard = 400;

    /// <summary>A short code or number: leerlingnummer, klas, tussenvoegsel, huisnummer.</summary>
    public const int Kort = 20;

    /// <summary>A Dutch postcode, "1234 AB".</summary>
    public const int Postcode = 7;

    /// <summary>A school's BRIN code, its vestiging number and a bevoegd gezag number.</summary>
    public const int Brin = 4;

    public const int Vestiging = 2;

    public const int BevoegdGezagNummer = 5;

    /// <summary>Codes with a fixed form: a crebo number, a profiel code, a KvK number.</summary>
    public const int Crebo = 5;

    public const int Profielcode = 8;

    public const int Kvk = 8;

    /// <summary>A telephone number, with room for a country code and spaces.</summary>
    public const int Telefoon = 40;

    /// <summary>A student's first or last name, a mentor's name, a town.</summary>
    public const int Naamdeel = 100;

    /// <summary>A full name (a person, a school, a company), a street, a function.</summary>
    public const int Naam = 200;

    /// <summary>An e-mail address.</summary>
    public const int Email = 200;

    /// <summary>A user name as ASP.NET Identity stores it, in "changed by" columns.</summary>
    public const int Gebruiker = 256;

    /// <summary>A short explanation: a decision's reason, a route note.</summary>
    public const int Toelichting = 2000;

    /// <summary>A multi-line note or agreement text.</summary>
    public const int Notitie = 4000;
}
