namespace Leerwerk.Domain.Kalender;

/// <summary>
/// The school's own policy on stage hours per school year (rule E3, an ADVIES): off, or a number of hours
/// each school year. Without a stored policy a school follows the brochure's reading: 640 hours a year.
/// </summary>
public sealed class StageurenBeleid : ISchoolOwned
{
    public const decimal StandaardUren = 640m;

    public int Id { get; set; }

    public int SchoolId { get; set; }

    /// <summary>Hours of stage the school plans each school year; null switches E3 off.</summary>
    public decimal? UrenPerSchooljaar { get; set; } = StandaardUren;

    public static StageurenBeleid Standaard => new();
}
