using System.Text;

namespace Leerwerk.Domain.Examens.Invoer;

/// <summary>
/// Reads the input file (or stdin for "-") and picks the format: ".csv" is CSV, ".json" is JSON,
/// otherwise content starting with '[' or '{' is JSON and anything else CSV. A CSV that is not valid
/// UTF-8 is read as Windows-1252, the code page older LAS exports use.
/// </summary>
internal static class InvoerBron
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static LeesResultaat Lees(string pad, Func<Stream> stdin)
    {
        byte[] bytes;
        try
        {
            if (pad == "-")
            {
                using var buffer = new MemoryStream();
                stdin().CopyTo(buffer);
                bytes = buffer.ToArray();
            }
            else
            {
                bytes = File.ReadAllBytes(pad);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return LeesResultaat.Onleesbaar($"Het bestand '{pad}' kan niet worden gelezen: bestaat het en mag Leerwerk het openen?");
        }

        return LeesBytes(bytes, pad == "-" ? null : Path.GetExtension(pad));
    }

    public static LeesResultaat LeesBytes(byte[] bytes, string? extensie)
    {
        var inhoud = bytes.AsMemory();
        if (inhoud.Span.StartsWith("\xEF\xBB\xBF"u8))
        {
            inhoud = inhoud[3..];
        }

        var csv = extensie?.ToLowerInvariant() switch
        {
            ".csv" => true,
            ".json" => false,
            _ => !StartsAsJson(inhoud.Span),
        };
        return csv ? CsvInvoer.Lees(Decode(inhoud.Span)) : JsonInvoer.Lees(inhoud);
    }

    private static bool StartsAsJson(ReadOnlySpan<byte> inhoud)
    {
        var eerste = inhoud.TrimStart(" \t\r\n"u8);
        return eerste.Length > 0 && eerste[0] is (byte)'[' or (byte)'{';
    }

    private static string Decode(ReadOnlySpan<byte> inhoud)
    {
        try
        {
            return StrictUtf8.GetString(inhoud);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetString(inhoud);
        }
    }
}
