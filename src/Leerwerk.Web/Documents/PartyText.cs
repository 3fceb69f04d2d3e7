using Leerwerk.Domain.Scholen;

namespace Leerwerk.Web.Documents;

/// <summary>How the agreements name the school's bevoegd gezag, shared by both documents.</summary>
public static class PartyText
{
    /// <summary>"Stichting X, bevoegd gezag van Y (BRIN 12AB00), gevestigd te Tiel".</summary>
    public static string School(School school)
    {
        ArgumentNullException.ThrowIfNull(school);
        return $"{school.BevoegdGezag}, bevoegd gezag van {school.Name} (BRIN\u00A0{school.Brin}{school.Vestiging}){Place(school.City)}";
    }

    public static string Place(string? city) => string.IsNullOrWhiteSpace(city) ? string.Empty : $", gevestigd te {city}";

    /// <summary>The text of a field that has not been filled in yet.</summary>
    public static string OrOpen(string? text) => string.IsNullOrWhiteSpace(text) ? "Nog in te vullen door partijen." : text.Trim();
}
