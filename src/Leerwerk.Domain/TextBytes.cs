using System.Text;

namespace Leerwerk.Domain;

/// <summary>
/// The one way Leerwerk turns an uploaded text file into a string. Exports reach the school in two encodings:
/// UTF-8 (with or without the byte order mark Excel and Notepad write) and Windows-1252, the code page of older
/// LAS exports and of Excel's "CSV" on Dutch Windows. Bytes that are valid UTF-8 are read as UTF-8, anything else
/// as Windows-1252; Windows-1252 maps every byte, so no file is refused for its encoding.
/// </summary>
public static class TextBytes
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>The text of the bytes, without a leading byte order mark.</summary>
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith(Utf8Bom.Bytes))
        {
            bytes = bytes[Utf8Bom.Bytes.Length..];
        }

        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
            return Encoding.GetEncoding(1252).GetString(bytes);
        }
    }
}
