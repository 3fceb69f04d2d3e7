namespace Leerwerk.Domain.StageUren;

/// <summary>
/// The ledger's bookkeeping: per agreement and day there is at most one current entry (any state but
/// <see cref="UrenStatus.Gecorrigeerd"/>); a change never overwrites it but adds a new entry and marks
/// the old one corrected, so the history stays.
/// </summary>
public static class UrenBoek
{
    /// <summary>The entry that counts for its day: not replaced by a correction.</summary>
    public static bool IsCurrent(StageUrenRegel entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return entry.Status != UrenStatus.Gecorrigeerd;
    }

    /// <summary>A first entry for a day.</summary>
    public static StageUrenRegel Enter(int schoolId, int leerlingId, int agreementId, DateOnly date, decimal hours, string by, DateTime at, string? note = null)
    {
        if (!StageUrenRegel.IsValidHours(hours))
        {
            throw new ArgumentOutOfRangeException(nameof(hours), hours, "Hours must be whole quarter hours from 0 to 12.");
        }

        return new StageUrenRegel
        {
            SchoolId = schoolId,
            LeerlingId = leerlingId,
            LeerwerkovereenkomstId = agreementId,
            Date = date,
            Hours = hours,
            Status = UrenStatus.Ingevoerd,
            EnteredBy = by,
            EnteredAt = at,
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
        };
    }

    /// <summary>
    /// Replaces <paramref name="current"/> by a new entry of <paramref name="hours"/>, state Ingevoerd (to be
    /// approved again). The old entry becomes Gecorrigeerd; after saving, link it with <see cref="Link"/>.
    /// </summary>
    public static StageUrenRegel Correct(StageUrenRegel current, decimal hours, string by, DateTime at, string? note = null)
    {
        ArgumentNullException.ThrowIfNull(current);
        if (!IsCurrent(current))
        {
            throw new InvalidOperationException("A corrected entry has already been replaced; correct its replacement.");
        }

        var replacement = Enter(current.SchoolId, current.LeerlingId, current.LeerwerkovereenkomstId, current.Date, hours, by, at, note);
        current.Status = UrenStatus.Gecorrigeerd;
        return replacement;
    }

    /// <summary>Points the corrected entry at its replacement once both have an id.</summary>
    public static void Link(StageUrenRegel corrected, StageUrenRegel replacement)
    {
        ArgumentNullException.ThrowIfNull(corrected);
        ArgumentNullException.ThrowIfNull(replacement);
        corrected.CorrectedById = replacement.Id;
    }

    /// <summary>Approves an entered entry; other states are left as they are (returns false).</summary>
    public static bool Approve(StageUrenRegel entry, string by, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(entry);
        if (entry.Status != UrenStatus.Ingevoerd)
        {
            return false;
        }

        entry.Status = UrenStatus.Goedgekeurd;
        entry.ReviewedBy = by;
        entry.ReviewedAt = at;
        return true;
    }

    /// <summary>Rejects a current entry with a reason: it stays visible but does not count.</summary>
    public static void Reject(StageUrenRegel entry, string reason, string by, DateTime at)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        if (!IsCurrent(entry))
        {
            throw new InvalidOperationException("A corrected entry cannot be rejected; reject its replacement.");
        }

        entry.Status = UrenStatus.Afgekeurd;
        entry.ReviewedBy = by;
        entry.ReviewedAt = at;
        entry.Note = reason.Trim();
    }
}
