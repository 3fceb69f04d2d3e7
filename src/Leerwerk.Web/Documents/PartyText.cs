using Leerwerk.Domain.Scholen;
using Leerwerk.Domain.Scholen.Gegevens;

namespace Leerwerk.Web.Documents;

/// <summary>How the agreements name the school's bevoegd gezag, shared by both documents.</summary>
public static class PartyText
{
    /// <summary>"Stichting X, bevoegd gezag van Y (BRIN 09XY00), Rivierenlaan 12, 4001 AB Tiel"; only the city when no street is known.</summary>
    public static string School(School school)
    {
        ArgumentNullException.ThrowIfNull(school);
        var adres = school.Bezoekadres();
        var where = string.IsNullOrWhiteSpace(adres.Straat) ? Place(school.City) : $", {Address(adres)}";
        return $"{school.BevoegdGezag}, bevoegd gezag van {school.Name} (BRIN\u00A0{school.Brin}{school.Vestiging}){where}";
    }

    /// <summary>An address on one line, the postcode kept together: "Rivierenlaan 12, 4001 AB Tiel".</summary>
    public static string Address(Adres adres)
    {
        ArgumentNullException.ThrowIfNull(adres);
        return (adres with { Postcode = adres.Postcode?.Replace(' ', '\u00A0') }).Regel;
    }

    /// <summary>"mr. J. de Wit, voorzitter college van bestuur": who signs for the bevoegd gezag; null when not set.</summary>
    public static string? Signatory(School school)
    {
        ArgumentNullException.ThrowIfNull(school);
        return string.IsNullOrWhiteSpace(school.SignatoryName) ? null
            : string.IsNullOrWhiteSpace(school.SignatoryFunction) ? school.SignatoryName
            : $"{school.SignatoryName}, {school.SignatoryFunction}";
    }

    public static string Place(string? city) => string.IsNullOrWhiteSpace(city) ? string.Empty : $", gevestigd te {city}";

    /// <summary>The text of a field that has not been filled in yet.</summary>
    public static string OrOpen(string? text) => string.IsNullOrWhiteSpace(text) ? "Nog in te vullen door partijen." : text.Trim();
}
