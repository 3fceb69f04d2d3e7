namespace Leerwerk.Domain;

/// <summary>
/// The UTF-8 byte order mark Excel and Notepad put before a saved file. Written as bytes: the literal
/// <c>"\xEF\xBB\xBF"u8</c> would be the UTF-8 of three Latin-1 characters, not these three bytes.
/// </summary>
public static class Utf8Bom
{
    public static ReadOnlySpan<byte> Bytes => [0xEF, 0xBB, 0xBF];

    /// <summary>The content without a leading byte order mark.</summary>
    public static ReadOnlyMemory<byte> Strip(ReadOnlyMemory<byte> content) =>
        content.Span.StartsWith(Bytes) ? content[Bytes.Length..] : content;
}
