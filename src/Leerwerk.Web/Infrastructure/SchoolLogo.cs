using Leerwerk.Domain;

namespace Leerwerk.Web.Infrastructure;

/// <summary>
/// The school's own logo for the header: a PNG or JPEG, recognised by its first bytes (a file name or the content
/// type a browser sends proves nothing), of at most 200 kB, so the header stays light.
/// </summary>
public static class SchoolLogo
{
    public const int MaxBytes = 200 * 1024;

    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];

    /// <summary>The address of a school's logo; its size is the version, so a new logo is a new address for the browser's cache.</summary>
    public static string Url(int schoolId, int size) => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"/Schoollogo/{schoolId}?v={size}");

    /// <summary>"image/png" or "image/jpeg" from the file's magic bytes; null for anything else.</summary>
    public static string? ContentTypeOf(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith(PngSignature) ? "image/png"
        : bytes.StartsWith(JpegSignature) ? "image/jpeg"
        : null;

    /// <summary>The logo's bytes and content type, or the Dutch reason it is refused.</summary>
    public static async Task<(byte[]? Bytes, string? ContentType, string? Error)> ReadAsync(IFormFile? file, CancellationToken cancellationToken)
    {
        if (file is null || file.Length == 0)
        {
            return (null, null, "Logo: kies een bestand, een PNG- of JPEG-afbeelding.");
        }

        if (file.Length > MaxBytes)
        {
            var kiloBytes = Math.Round(file.Length / 1024m, 0, MidpointRounding.AwayFromZero);
            return (null, null, $"Logo: '{file.FileName}' is {Nl.Amount(kiloBytes)} kB; een logo mag ten hoogste 200 kB zijn.");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var bytes = buffer.ToArray();
        var contentType = ContentTypeOf(bytes);
        return contentType is null
            ? (null, null, $"Logo: '{file.FileName}' is geen PNG- of JPEG-afbeelding. Kies een logo in een van die twee vormen.")
            : (bytes, contentType, null);
    }
}
