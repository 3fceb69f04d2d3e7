namespace Leerwerk.Domain.Rules;

/// <summary>
/// A coordinator's mark that an ADVIES finding was seen and why nothing more is done about it ("gezien"). It is tied to
/// the rule and the subject, not to one evaluation: while it exists, every finding of that rule about that subject counts
/// as seen, also one that went away and came back. A MOET finding is never marked; it is fixed.
/// </summary>
public sealed class GezienBevinding : ISchoolOwned
{
    /// <summary>The longest explanation, the same in SQLite and PostgreSQL (the column's length).</summary>
    public const int UitlegMaxLength = 500;

    public int Id { get; set; }

    public int SchoolId { get; set; }

    /// <summary>The finding's rule id as the worklist shows it ("E3", or a finer id such as "E5-UREN").</summary>
    public required string RuleId { get; set; }

    public OnderwerpSoort OnderwerpSoort { get; set; }

    /// <summary>The student's or leerbedrijf's id.</summary>
    public int OnderwerpId { get; set; }

    /// <summary>Why the warning needs no further action, in the coordinator's words.</summary>
    public required string Uitleg { get; set; }

    /// <summary>The user name of whoever marked it.</summary>
    public required string GezienDoor { get; set; }

    /// <summary>The moment of marking (UTC).</summary>
    public DateTime GezienOp { get; set; }

    /// <summary>The Dutch reason an explanation cannot be stored, or null when it can.</summary>
    public static string? UitlegFout(string? uitleg)
    {
        var text = uitleg?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return "Geef een korte uitleg waarom deze waarschuwing gezien is en niets meer vraagt.";
        }

        if (text.Length > UitlegMaxLength)
        {
            return $"De uitleg is te lang: ten hoogste {UitlegMaxLength} tekens, dit zijn er {text.Length}.";
        }

        return text.Any(char.IsControl)
            ? "De uitleg mag geen regeleinden, tabs of andere stuurtekens bevatten."
            : null;
    }
}
