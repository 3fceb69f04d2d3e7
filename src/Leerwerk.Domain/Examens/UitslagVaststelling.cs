namespace Leerwerk.Domain.Examens;

/// <summary>
/// The examensecretaris's decision on a candidate's uitslag: the result as it was then, the day and who decided, and
/// the grades it was based on (<see cref="Grondslag"/>). A decision is never rewritten: a grade changed afterwards makes
/// it outdated (<see cref="IsVerouderd"/>) and a new decision is a new record, so the history stays.
/// </summary>
public sealed class UitslagVaststelling : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public int LeerlingId { get; set; }

    /// <summary>The school year of the exam (2026 for 2026-2027).</summary>
    public int Schooljaar { get; set; }

    /// <summary>When the uitslag was vastgesteld (UTC).</summary>
    public DateTime VastgesteldOp { get; set; }

    /// <summary>Who stelde de uitslag vast (the user name).</summary>
    public required string VastgesteldDoor { get; set; }

    public UitslagStatus Status { get; set; }

    public UitslagRegeling Regeling { get; set; }

    public int? Combinatiecijfer { get; set; }

    public decimal? CeGemiddelde { get; set; }

    /// <summary>The candidate's grades the decision was based on, as <see cref="UitslagGrondslag.Van"/> writes them.</summary>
    public required string Grondslag { get; set; }

    /// <summary>True when the grades now differ from those the decision was based on.</summary>
    public bool IsVerouderd(Kandidaat huidig) => !string.Equals(Grondslag, UitslagGrondslag.Van(huidig), StringComparison.Ordinal);

    /// <summary>A new decision on <paramref name="kandidaat"/>'s <paramref name="uitslag"/>.</summary>
    public static UitslagVaststelling Van(int schoolId, int leerlingId, int schooljaar, Kandidaat kandidaat, Uitslag uitslag, DateTime op, string door)
    {
        ArgumentNullException.ThrowIfNull(uitslag);
        return new UitslagVaststelling
        {
            SchoolId = schoolId,
            LeerlingId = leerlingId,
            Schooljaar = schooljaar,
            VastgesteldOp = op,
            VastgesteldDoor = door,
            Status = uitslag.Status,
            Regeling = uitslag.ToegepasteRegeling,
            Combinatiecijfer = uitslag.Combinatiecijfer,
            CeGemiddelde = uitslag.CeGemiddelde is { } g ? Afronding.Afgekapt(g, 4) : null,
            Grondslag = UitslagGrondslag.Van(kandidaat),
        };
    }
}
