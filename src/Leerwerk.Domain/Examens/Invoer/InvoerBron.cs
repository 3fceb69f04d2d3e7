namespace Leerwerk.Domain.Examens.Invoer;

/// <summary>
/// Reads the content of an input file (docs/uitslag.md) and picks the format: ".csv" is CSV, ".json" is JSON,
/// otherwise content starting with '[' or '{' is JSON and anything else CSV. A CSV that is not valid
/// UTF-8 is read as Windows-1252, the code page older LAS exports use. Shared by <c>leerwerk uitslag</c>
/// and the web page Examen/Berekenen.
/// </summary>
public static class InvoerBron
{
    /// <param name="bytes">The file's content.</param>
    /// <param name="extensie">The file name's extension (".csv", ".json"), or null to decide by the content.</param>
    public static LeesResultaat LeesBytes(byte[] bytes, string? extensie)
    {
        var inhoud = Utf8Bom.Strip(bytes);

        var csv = extensie?.ToLowerInvariant() switch
        {
            ".csv" => true,
            ".json" => false,
            _ => !StartsAsJson(inhoud.Span),
        };
        return csv ? CsvInvoer.Lees(TextBytes.Decode(inhoud.Span)) : JsonInvoer.Lees(inhoud);
    }

    private static bool StartsAsJson(ReadOnlySpan<byte> inhoud)
    {
        var eerste = inhoud.TrimStart(" \t\r\n"u8);
        return eerste.Length > 0 && eerste[0] is (byte)'[' or (byte)'{';
    }
}
