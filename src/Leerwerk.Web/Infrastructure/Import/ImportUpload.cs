using Leerwerk.Domain;

namespace Leerwerk.Web.Infrastructure.Import;

/// <summary>
/// An uploaded import file read into memory, or the Dutch reason it was refused. Every import page reads its
/// file through <see cref="ReadAsync"/>, so the size limit, its message and the reading are the same everywhere.
/// </summary>
public sealed record ImportUpload(byte[] Bytes, string? Error)
{
    public const string LeegMessage = "Het bestand is leeg.";

    public bool IsRead => Error is null;

    /// <summary>The file's text: UTF-8 with or without BOM, else Windows-1252.</summary>
    public string Text => TextBytes.Decode(Bytes);

    /// <param name="file">The posted file; null when none was chosen.</param>
    /// <param name="maxBytes">The largest file the page accepts.</param>
    /// <param name="chooseMessage">What to say when no file was chosen, naming what the page expects.</param>
    /// <param name="ct">Cancels reading the upload.</param>
    public static async Task<ImportUpload> ReadAsync(IFormFile? file, int maxBytes, string chooseMessage, CancellationToken ct)
    {
        if (file is null || file.Length == 0)
        {
            return Refused(file is null ? chooseMessage : LeegMessage);
        }

        if (file.Length > maxBytes)
        {
            return Refused(TooLargeMessage(maxBytes));
        }

        using var buffer = new MemoryStream((int)file.Length);
        await file.CopyToAsync(buffer, ct);
        return new ImportUpload(buffer.ToArray(), null);
    }

    public static ImportUpload Refused(string error) => new([], error);

    /// <summary>"Het bestand is groter dan 1 MB; …", with the limit in MB or kB as people say it.</summary>
    public static string TooLargeMessage(int maxBytes) =>
        $"Het bestand is groter dan {Size(maxBytes)}; hoogstens {Size(maxBytes)} is toegestaan. Splits het in kleinere bestanden.";

    /// <summary>A size as people say it: "5 MB", "64 kB".</summary>
    public static string Size(long bytes) => bytes >= 1024 * 1024
        ? $"{Nl.Number(Math.Round(bytes / (1024m * 1024m), 1, MidpointRounding.AwayFromZero))} MB"
        : $"{Nl.Number(Math.Round(bytes / 1024m, 0, MidpointRounding.AwayFromZero))} kB";
}
