namespace Leerwerk.Domain.Examens;

/// <summary>
/// How the school's LAS names a subject in its grade export (the vakcode, e.g. "ne" or "PIE-K1"), mapped once to the
/// subject as Leerwerk knows it: its name, kind and part. The grade import finds a student's <see cref="Vak"/> by this
/// name, or adds it with this kind and part. Kept per school, so the next import needs no mapping.
/// </summary>
public sealed class VakCode : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    /// <summary>The code as the LAS writes it; unique within a school, compared without regard to case.</summary>
    public required string Code { get; set; }

    /// <summary>The subject's name in Leerwerk (the <see cref="Vak.Name"/> of each student).</summary>
    public required string Name { get; set; }

    public VakSoort Soort { get; set; }

    public VakDeel? Deel { get; set; }

    /// <summary>The form in which codes are compared and stored: trimmed, upper case.</summary>
    public static string Normaliseer(string code)
    {
        ArgumentNullException.ThrowIfNull(code);
        return code.Trim().ToUpperInvariant();
    }
}
