using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren;

namespace Leerwerk.Web.Documents.Subsidie;

/// <summary>
/// One placement in the evidence pack: who, when, the agreement's signatures, the approved hours and days in the
/// school year, the rooster's days per week, the praktijkbegeleider and the guidance the school recorded. Of the
/// student only the name and birth date: what identifies the student in the company's claim.
/// </summary>
public sealed record SubsidiePlaatsing(
    int OvereenkomstId,
    int LeerlingId,
    string LeerlingNaam,
    DateOnly Geboortedatum,
    string? ProfielCode,
    DateOnly StartDate,
    DateOnly EndDate,
    DateOnly? EndedOn,
    LeerwerkovereenkomstStatus Status,
    DateOnly? FullySignedOn,
    IReadOnlyList<Ondertekening> Ondertekeningen,
    decimal ApprovedHours,
    int ApprovedDays,
    int DaysPerWeek,
    decimal HoursPerWeek,
    string? PraktijkbegeleiderNaam,
    string? PraktijkbegeleiderFunctie,
    string? MentorNaam,
    string? Begeleiding,
    IReadOnlyList<string> GoedgekeurdDoor)
{
    public static SubsidiePlaatsing From(Leerwerkovereenkomst plaatsing, IEnumerable<StageUrenRegel> approved)
    {
        ArgumentNullException.ThrowIfNull(plaatsing);
        ArgumentNullException.ThrowIfNull(approved);
        var student = plaatsing.Leerling ?? throw new ArgumentException("Load the Leerling first.", nameof(plaatsing));
        var last = plaatsing.EndedOn ?? plaatsing.EndDate;

        // Hours outside the placement's own period are no evidence of this placement, whatever their state.
        var own = approved.Where(u => u.LeerwerkovereenkomstId == plaatsing.Id && u.Date >= plaatsing.StartDate && u.Date <= last).ToList();
        return new SubsidiePlaatsing(
            plaatsing.Id,
            student.Id,
            student.FullName,
            student.BirthDate,
            student.ProfielCode,
            plaatsing.StartDate,
            plaatsing.EndDate,
            plaatsing.EndedOn,
            plaatsing.Status,
            Ondertekenaars.SignedOn(plaatsing, student),
            [.. plaatsing.Ondertekeningen.OrderBy(o => o.SignedOn).ThenBy(o => o.Partij)],
            own.Sum(u => u.Hours),
            own.Select(u => u.Date).Distinct().Count(),
            plaatsing.Rooster.DaysPerWeek,
            plaatsing.Rooster.HoursPerWeek,
            plaatsing.Praktijkbegeleider?.Name,
            plaatsing.Praktijkbegeleider?.Function,
            plaatsing.MentorName,
            plaatsing.Begeleiding,
            [.. own.Select(u => u.ReviewedBy).OfType<string>().Where(n => n.Length > 0).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)]);
    }

    /// <summary>The last day of the placement: its early end, else its end date.</summary>
    public DateOnly LastDay => EndedOn ?? EndDate;
}
