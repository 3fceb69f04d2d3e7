namespace Leerwerk.Domain.Leerlingen.Intakes;

/// <summary>
/// The intake of one student for the leer-werktraject (rules B7 and B8): signalering, aanmelding with the
/// kandidaatstellingsbrief, voorlichting, intakegesprek, gesprek met de mentor and the decision of the
/// toelatingscommissie. Every step is optional: a missing date means the step has not been recorded.
/// </summary>
public sealed class Intake : ISchoolOwned
{
    /// <summary>The largest kandidaatstellingsbrief (PDF) the school may store: 5 MB.</summary>
    public const int MaxBriefBytes = 5 * 1024 * 1024;

    public int Id { get; set; }

    public int SchoolId { get; set; }

    public int LeerlingId { get; set; }

    public DateOnly? SignaleringDate { get; set; }

    /// <summary>Who signalled the student as a candidate (a mentor, the rapportvergadering).</summary>
    public string? SignaleringDoor { get; set; }

    public DateOnly? AanmeldingDate { get; set; }

    /// <summary>The kandidaatstellingsbrief is signed by the student and the parents.</summary>
    public bool BriefOndertekend { get; set; }

    /// <summary>The signed kandidaatstellingsbrief as PDF; null when none was uploaded.</summary>
    public byte[]? BriefPdf { get; set; }

    public string? BriefFileName { get; set; }

    public DateOnly? VoorlichtingDate { get; set; }

    public DateOnly? IntakegesprekDate { get; set; }

    public string? IntakegesprekNotes { get; set; }

    public DateOnly? MentorgesprekDate { get; set; }

    public DateOnly? BesluitDate { get; set; }

    /// <summary>The decision of the toelatingscommissie; null while it has not decided.</summary>
    public IntakeBesluit? Besluit { get; set; }

    /// <summary>What a refused student gets instead (rule B7); only for <see cref="IntakeBesluit.Afgewezen"/>.</summary>
    public IntakeAlternatief? Alternatief { get; set; }

    public string? BesluitReden { get; set; }

    /// <summary>The date on which a step was recorded; null when it is missing.</summary>
    public DateOnly? DateOf(IntakeStap stap) => stap switch
    {
        IntakeStap.Signalering => SignaleringDate,
        IntakeStap.Aanmelding => AanmeldingDate,
        IntakeStap.Voorlichting => VoorlichtingDate,
        IntakeStap.Intakegesprek => IntakegesprekDate,
        IntakeStap.Mentorgesprek => MentorgesprekDate,
        _ => throw new ArgumentOutOfRangeException(nameof(stap), stap, null),
    };

    /// <summary>True when the bytes start with "%PDF", the signature of every PDF file.</summary>
    public static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes.StartsWith("%PDF"u8);
}
