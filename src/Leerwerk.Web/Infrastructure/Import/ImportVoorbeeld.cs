using System.Text.Json;

namespace Leerwerk.Web.Infrastructure.Import;

/// <summary>
/// Carries what the preview read to the save POST in a hidden form field, so nothing is kept on the server
/// between the two steps. The save reads and checks the carried content again: a field changed in the browser
/// cannot bypass a check, it can only be refused.
/// </summary>
public static class ImportVoorbeeld
{
    /// <summary>The rows a preview shows; the rest is counted ("en nog 99.900 regels"), the commit stores them all.</summary>
    public const int ToonRegels = 100;

    public const string KwijtMessage = "De gegevens van het voorbeeld ontbreken of zijn beschadigd. Kies het bestand opnieuw.";

    /// <summary>The file itself, as base64.</summary>
    public static string Pack(byte[] bytes) => Convert.ToBase64String(bytes);

    /// <summary>The file posted back, or null when it is missing, not base64 or over the page's limit.</summary>
    public static byte[]? Unpack(string? field, int maxBytes)
    {
        try
        {
            var bytes = Convert.FromBase64String(field ?? "");
            return bytes.Length is 0 || bytes.Length > maxBytes ? null : bytes;
        }
        catch (FormatException)
        {
            return null;
        }
    }

    /// <summary>What was read from the file (for a format such as XLSX that is not text), as JSON.</summary>
    public static string PackJson<T>(T value) => JsonSerializer.Serialize(value);

    /// <summary>The JSON posted back, or null when it is missing or no JSON of <typeparamref name="T"/>.</summary>
    public static T? UnpackJson<T>(string? field)
        where T : class
    {
        if (string.IsNullOrEmpty(field))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(field);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
