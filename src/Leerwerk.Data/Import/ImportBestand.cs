using Leerwerk.Domain;

namespace Leerwerk.Data.Import;

/// <summary>
/// A file an import page read for its preview, kept until the user commits it ("Doorvoeren") or for at most an hour
/// (<see cref="Geldigheid"/>): the preview page then carries only <see cref="Id"/>, not the file, so it stays small, and
/// every web instance that shares the database can commit it. Only the user who uploaded it, in the same school and on
/// the same import page, can commit it; the commit reads and checks the bytes again as the preview did. Not audited: it
/// is a copy of a file in transit, no record; the import it leads to is audited row by row.
/// </summary>
public sealed class ImportBestand : ISchoolOwned
{
    /// <summary>How long a preview can be committed; older files are refused and cleared away.</summary>
    public static readonly TimeSpan Geldigheid = TimeSpan.FromHours(1);

    /// <summary>Random (122 bits), so one user cannot guess another's; the checks on school, user and page hold anyway.</summary>
    public Guid Id { get; set; }

    public int SchoolId { get; set; }

    /// <summary>Who uploaded it; only they can commit it.</summary>
    public required string UserName { get; set; }

    /// <summary>Which import page read it; another page's commit does not take it.</summary>
    public ImportSoort Soort { get; set; }

    /// <summary>The longest file name kept; a longer one is cut (it is only shown, never opened).</summary>
    public const int FileNameLength = 255;

    public required string FileName { get; set; }

    /// <summary>The file as uploaded; the page's own upload limit bounds it.</summary>
    public required byte[] Inhoud { get; set; }

    /// <summary>When the preview stored it (UTC).</summary>
    public DateTime CreatedAt { get; set; }
}
