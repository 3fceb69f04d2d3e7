using Leerwerk.Domain;

namespace Leerwerk.Data.Herinneringen;

/// <summary>
/// The record that one reminder was sent: school, kind, subject and occasion are unique together, and the row is
/// saved in the same transaction as the reminder's outbox messages. A second run, a restart or a second instance
/// that tries the same reminder fails on the unique index and sends nothing.
/// </summary>
public sealed class VerzondenHerinnering : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public HerinneringSoort Soort { get; set; }

    /// <summary>What the reminder is about, e.g. <c>overeenkomst:12</c> or <c>praktijkbegeleider:4</c>.</summary>
    public required string Onderwerp { get; set; }

    /// <summary>Which occasion, e.g. the week (<c>2026-W50</c>) or the date a due date or finding stands for.</summary>
    public required string Aanleiding { get; set; }

    public DateTime VerzondenOp { get; set; }
}
