using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerlingen;

namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>
/// The three-party agreement per placement between the school's bevoegd gezag, the student (or,
/// for a minor, the parents) and the leerbedrijf, signed before the stage starts (WVO 2020 art.
/// 2.103 lid 6; rule E6), with the content UB WVO 2020 art. 2.65 prescribes (rule E7).
/// </summary>
public sealed class Leerwerkovereenkomst : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public int LeerlingId { get; set; }

    public Leerling? Leerling { get; set; }

    public int LeerbedrijfId { get; set; }

    public Leerbedrijf? Leerbedrijf { get; set; }

    public int? PraktijkbegeleiderId { get; set; }

    public Praktijkbegeleider? Praktijkbegeleider { get; set; }

    /// <summary>The school's mentor or docentbegeleider (UB 2.64 lid 2; rule E9).</summary>
    public string? MentorName { get; set; }

    /// <summary>What the stage consists of (inhoud).</summary>
    public string? Inhoud { get; set; }

    /// <summary>The learning goals, pointing at the profielvak and keuzevakken.</summary>
    public string? Leerdoelen { get; set; }

    /// <summary>The assessment criteria (beoordelingsmaatstaven).</summary>
    public string? Beoordelingsmaatstaven { get; set; }

    /// <summary>How the student is guided at school and at the company (begeleiding).</summary>
    public string? Begeleiding { get; set; }

    /// <summary>When and how the agreement can be ended early (voortijdige beëindiging).</summary>
    public string? VoortijdigeBeeindiging { get; set; }

    public DateOnly StartDate { get; set; }

    public DateOnly EndDate { get; set; }

    /// <summary>The planned total clock hours of this placement (the duur).</summary>
    public decimal PlannedHours { get; set; }

    public Rooster Rooster { get; set; } = new();

    /// <summary>
    /// Where the agreement is in its life (<see cref="Levensloop"/>). Only the status machine changes it, so no page,
    /// import or seed can skip a check (E6, E7, E11) or the history; EF Core writes it through the private setter.
    /// A new agreement is a concept (the first value).
    /// </summary>
    public LeerwerkovereenkomstStatus Status { get; private set; }

    public List<Ondertekening> Ondertekeningen { get; set; } = [];

    public DateOnly? EndedOn { get; set; }

    public string? EndReason { get; set; }

    /// <summary>The placement that replaces this one (WVO 2020 art. 2.107; rule E11).</summary>
    public int? ReplacedById { get; set; }

    public Leerwerkovereenkomst? ReplacedBy { get; set; }

    /// <summary>Every status change, oldest first when ordered by <see cref="StatusWijziging.ChangedAt"/>.</summary>
    public List<StatusWijziging> StatusGeschiedenis { get; set; } = [];

    /// <summary>SHA-256 of the praktijkbegeleider's approval link token; the token itself is never stored.</summary>
    public string? ApprovalTokenHash { get; set; }

    public DateTime? ApprovalTokenIssuedAt { get; set; }

    public DateTime? ApprovalTokenRevokedAt { get; set; }

    /// <summary>The date the last required signature was set, or null while one is missing.</summary>
    public DateOnly? FullySignedOn(IEnumerable<Partij> requiredParties)
    {
        DateOnly? last = null;
        foreach (var partij in requiredParties)
        {
            var signature = Ondertekeningen.Where(o => o.Partij == partij).OrderBy(o => o.SignedOn).FirstOrDefault();
            if (signature is null)
            {
                return null;
            }

            last = last is null || signature.SignedOn > last ? signature.SignedOn : last;
        }

        return last;
    }

    /// <summary>Only <see cref="Levensloop"/> moves the status; it checks the move and records it first.</summary>
    internal void MoveTo(LeerwerkovereenkomstStatus status) => Status = status;
}
