namespace Leerwerk.Domain.StageUren;

/// <summary>
/// Hours of stage on one day under one leer-werkovereenkomst, in quarter hours, at most 12 a day.
/// A correction never overwrites: the corrected entry gets state <see cref="UrenStatus.Gecorrigeerd"/>
/// and points at its replacement, so the history stays.
/// </summary>
public sealed class StageUrenRegel : ISchoolOwned
{
    public const decimal MaxHoursPerDay = 12m;

    public int Id { get; set; }

    public int SchoolId { get; set; }

    public int LeerlingId { get; set; }

    public int LeerwerkovereenkomstId { get; set; }

    public DateOnly Date { get; set; }

    public decimal Hours { get; set; }

    public UrenStatus Status { get; set; }

    public required string EnteredBy { get; set; }

    public DateTime EnteredAt { get; set; }

    public string? ReviewedBy { get; set; }

    public DateTime? ReviewedAt { get; set; }

    /// <summary>The entry that replaced this one after a correction.</summary>
    public int? CorrectedById { get; set; }

    public string? Note { get; set; }

    /// <summary>Whole quarter hours between 0 and 12.</summary>
    public static bool IsValidHours(decimal hours) =>
        hours >= 0 && hours <= MaxHoursPerDay && decimal.Remainder(hours * 4, 1) == 0;
}
