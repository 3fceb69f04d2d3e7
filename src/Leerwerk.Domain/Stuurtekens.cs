namespace Leerwerk.Domain;

/// <summary>
/// The one check on control characters in text a user or a file brings in. A control character (U+0000–U+001F,
/// U+007F–U+009F) is invisible on a page, cannot be typed on purpose and breaks XML (XLSX, DOCX); it comes from a copy
/// out of another program. A single-line field refuses them all; a multi-line note allows only line breaks and tab.
/// The forms (<c>Leerwerk.Web.Infrastructure.StuurtekenValidatorProvider</c>), the API and every import use this.
/// </summary>
public static class Stuurtekens
{
    /// <summary>Whether <paramref name="tekst"/> holds a control character the field does not allow.</summary>
    public static bool Bevat(string? tekst, bool meerdereRegels)
    {
        if (tekst is null)
        {
            return false;
        }

        foreach (var c in tekst)
        {
            if (char.IsControl(c) && !(meerdereRegels && c is '\n' or '\r' or '\t'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The Dutch message for a field (its label) with a control character it does not allow.</summary>
    public static string Melding(string veld, bool meerdereRegels) => meerdereRegels
        ? $"{veld} bevat een onzichtbaar stuurteken (alleen regeleinden en tabs mogen); typ de tekst opnieuw of plak hem eerst in een gewone teksteditor."
        : $"{veld} bevat een regeleinde, tab of ander onzichtbaar stuurteken; typ de tekst op één regel opnieuw.";

    /// <summary>The Dutch message for a value longer than its field allows.</summary>
    public static string TeLang(string veld, int lengte, int maximum) =>
        $"{veld} is {lengte} tekens lang; hoogstens {maximum} tekens.";

    /// <summary>
    /// The problem of an import cell with a control character, or null: every import calls this for every text cell of a
    /// row, so the file is refused as a whole (all or nothing) with the row and column named.
    /// </summary>
    public static ImportFout? InCel(int regel, string? kolom, string waarde, int? positie = null) =>
        Bevat(waarde, meerdereRegels: false)
            ? new ImportFout(regel, kolom, Melding("de waarde", meerdereRegels: false), ImportFoutCode.Stuurteken, positie)
            : null;
}
