using System.Globalization;
using System.Text;

namespace Leerwerk.Data.Tekst;

/// <summary>
/// The SQL of the migration that cleans text stored before the forms and imports refused control characters
/// (<see cref="Leerwerk.Domain.Stuurtekens"/>): in a single-line column a tab or line break becomes a space and the value
/// is trimmed; every other control character (U+0001–U+001F, U+007F–U+009F) is removed; a multi-line note keeps its
/// line breaks and tabs. Only rows that hold such a character are written. Nothing is shortened. A migration calls this
/// with its own fixed list of columns, so what it does stays the same when the model changes later.
/// </summary>
public static class StuurtekenOpschoning
{
    /// <summary>One column: its table, its name and whether it is a multi-line note.</summary>
    public readonly record struct Kolom(string Tabel, string Naam, bool MeerdereRegels = false);

    private static readonly int[] Regeleinden = ['\t', '\n', '\r'];

    /// <summary>Every control character a stored value may not keep (the line breaks and tab only in a note).</summary>
    private static IEnumerable<int> Verboden(bool meerdereRegels) =>
        Enumerable.Range(1, 0x1F).Concat(Enumerable.Range(0x7F, 0x21))
            .Where(c => !(meerdereRegels && Regeleinden.Contains(c)));

    /// <summary>The UPDATE for SQLite: nested replace() calls, as SQLite has no regular expressions built in.</summary>
    public static string Sqlite(Kolom kolom)
    {
        var column = $"\"{kolom.Naam}\"";
        var expression = new StringBuilder(column);
        foreach (var c in Verboden(kolom.MeerdereRegels))
        {
            var replacement = !kolom.MeerdereRegels && Regeleinden.Contains(c) ? "' '" : "''";
            expression.Insert(0, "replace(").Append(CultureInfo.InvariantCulture, $", char({c}), {replacement})");
        }

        var cleaned = kolom.MeerdereRegels ? expression.ToString() : $"trim({expression})";
        return $"UPDATE \"{kolom.Tabel}\" SET {column} = {cleaned} WHERE {column} <> {expression};";
    }

    /// <summary>
    /// The UPDATE for PostgreSQL: one regular expression whose <c>\x</c> escapes the regex engine reads (a plain literal:
    /// an E'' string would put the bytes themselves in, and 0x80–0x9F alone is no UTF-8). Text cannot hold U+0000.
    /// </summary>
    public static string Postgres(Kolom kolom)
    {
        var column = $"\"{kolom.Naam}\"";
        var verboden = kolom.MeerdereRegels ? @"[\x01-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F]" : @"[\x01-\x1F\x7F-\x9F]";
        var cleaned = kolom.MeerdereRegels
            ? $"regexp_replace({column}, '{verboden}', '', 'g')"
            : $"btrim(regexp_replace(regexp_replace({column}, '[\\t\\n\\r]', ' ', 'g'), '{verboden}', '', 'g'))";
        return $"UPDATE \"{kolom.Tabel}\" SET {column} = {cleaned} WHERE {column} ~ '{verboden}';";
    }

    /// <summary>The columns cleaned by migration TekstLengtesEnStuurtekens: every text a user or an import wrote.</summary>
    public static readonly IReadOnlyList<Kolom> Kolommen =
    [
        .. Enkel("Leerlingen", "FirstName", "Tussenvoegsel", "LastName", "Street", "HouseNumber", "PostalCode", "City", "ClassName", "MentorName", "Email"),
        .. Enkel("Vertegenwoordigers", "Name", "Relation", "Email", "Phone"),
        .. Enkel("Intakes", "SignaleringDoor", "BriefFileName"),
        .. Meer("Intakes", "IntakegesprekNotes", "BesluitReden"),
        .. Enkel("RouteBesluiten", "DecidedBy"),
        .. Meer("RouteBesluiten", "Note"),
        .. Enkel("Doorstroom", "MboInstellingName", "Opleiding"),
        .. Meer("Doorstroom", "Vrijstellingen"),
        .. Enkel("Leerbedrijven", "Name", "SbbLeerbedrijfId", "Street", "PostalCode", "City"),
        .. Enkel("Praktijkbegeleiders", "Name", "Function", "Email", "Phone"),
        .. Meer("Erkenningen", "Note"),
        .. Enkel("Kwaliteitseisen", "Source"),
        .. Enkel("Leerwerkovereenkomsten", "MentorName"),
        .. Meer("Leerwerkovereenkomsten", "Inhoud", "Leerdoelen", "Beoordelingsmaatstaven", "Begeleiding", "VoortijdigeBeeindiging", "EndReason"),
        .. Meer("LeerwerkovereenkomstStatusWijzigingen", "Reason"),
        .. Enkel("Samenwerkingsovereenkomsten", "EndReason"),
        .. Meer("Samenwerkingsovereenkomsten", "Toelatingscommissie", "OnderwerpenSamenwerking"),
        .. Meer("SamenwerkingWijzigingen", "Description"),
        .. Enkel("StageUren", "Note"),
        .. Enkel("VrijePeriodes", "Omschrijving"),
        .. Enkel("KlasLesdagen", "ClassName"),
        .. Enkel("Scholen", "Name", "Street", "HouseNumber", "PostalCode", "City", "BevoegdGezag", "SignatoryName", "SignatoryFunction", "SignatoryEmail"),
        .. Enkel("Besturen", "Name"),
        .. Enkel("MboInstellingen", "Name", "City", "ContactName", "ContactEmail", "BevoegdGezag"),
        .. Enkel("VakCodes", "Name"),
        .. Enkel("Vakken", "Name", "AssessingTeacher"),
        .. Enkel("AangebodenKeuzevakken", "Name"),
        .. Enkel("VerwanteOpleidingen", "Name"),
        .. Enkel("AspNetUsers", "DisplayName"),
        .. Enkel("ApiSleutels", "Name"),
    ];

    private static IEnumerable<Kolom> Enkel(string tabel, params string[] namen) => namen.Select(n => new Kolom(tabel, n));

    private static IEnumerable<Kolom> Meer(string tabel, params string[] namen) => namen.Select(n => new Kolom(tabel, n, MeerdereRegels: true));
}
