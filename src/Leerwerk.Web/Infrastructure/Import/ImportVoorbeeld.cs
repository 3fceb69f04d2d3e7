using System.Security.Cryptography;
using Leerwerk.Data;
using Leerwerk.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Infrastructure.Import;

/// <summary>
/// Keeps the file a preview read in the database (<see cref="ImportBestand"/>) and puts only its id in the page, so a
/// preview of a large file stays a small page. The commit loads the file by that id, for the same school, user and
/// import page only, and reads and checks it again: what it stores is what the file says now, against the records now.
/// </summary>
public static class ImportVoorbeeld
{
    /// <summary>The rows a preview shows; the rest is counted ("en nog 99.900 regels"), the commit stores them all.</summary>
    public const int ToonRegels = 100;

    /// <summary>The id of the previewed file is missing or no id at all.</summary>
    public const string KwijtMessage = "De gegevens van het voorbeeld ontbreken of zijn beschadigd. Kies het bestand opnieuw.";

    /// <summary>No file with that id for this school, user and page, or it is older than <see cref="ImportBestand.Geldigheid"/>.</summary>
    public const string VerlopenMessage = "Het voorbeeld is verlopen of hoort niet bij u; laad het bestand opnieuw.";

    /// <summary>Stores the previewed file and returns the id the page carries to the commit.</summary>
    public static async Task<string> BewaarAsync(LeerwerkDbContext db, ImportSoort soort, int schoolId, string userName, string? fileName, byte[] inhoud, DateTime utcNow, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var naam = Path.GetFileName(fileName ?? string.Empty);
        var bestand = new ImportBestand
        {
            // From the cryptographic generator: an id in a page must not let anyone guess the next one.
            Id = new Guid(RandomNumberGenerator.GetBytes(16)),
            SchoolId = schoolId,
            UserName = userName,
            Soort = soort,
            FileName = naam.Length > ImportBestand.FileNameLength ? naam[..ImportBestand.FileNameLength] : naam,
            Inhoud = inhoud,
            CreatedAt = utcNow,
        };
        db.ImportBestanden.Add(bestand);
        await db.SaveChangesAsync(ct);
        return bestand.Id.ToString("N");
    }

    /// <summary>
    /// Commits the import of a kept file: the file is deleted in the import's own save, so it is committed once, or still
    /// there when the import fails. A second commit of the same preview (a double click) finds the file gone and its
    /// import rolls back: then <c>Doorgevoerd</c> is false, for the page to show <see cref="VerlopenMessage"/>.
    /// </summary>
    public static async Task<(bool Doorgevoerd, T? Resultaat)> DoorvoerenAsync<T>(LeerwerkDbContext db, ImportBestand bestand, Func<Task<T>> import)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(import);
        db.ImportBestanden.Remove(bestand);
        try
        {
            return (true, await import());
        }
        catch (DbUpdateConcurrencyException)
        {
            return (false, default);
        }
    }

    /// <summary>
    /// The previewed file with id <paramref name="id"/>, tracked (the commit deletes it in its own save), or the Dutch
    /// reason there is none: a missing or malformed id, or a file of another school (the context's filter), user or
    /// page, or one older than <see cref="ImportBestand.Geldigheid"/>. The same message for all of these: it does not tell
    /// whether someone else's file exists.
    /// </summary>
    public static async Task<(ImportBestand? Bestand, string? Fout)> LaadAsync(LeerwerkDbContext db, string? id, ImportSoort soort, string userName, DateTime utcNow, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!Guid.TryParse(id, out var guid))
        {
            return (null, KwijtMessage);
        }

        var vanaf = utcNow - ImportBestand.Geldigheid;
        var bestand = await db.ImportBestanden.SingleOrDefaultAsync(b => b.Id == guid && b.Soort == soort && b.UserName == userName && b.CreatedAt >= vanaf, ct);
        return bestand is null ? (null, VerlopenMessage) : (bestand, null);
    }
}
