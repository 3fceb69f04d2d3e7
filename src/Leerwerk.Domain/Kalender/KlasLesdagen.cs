namespace Leerwerk.Domain.Kalender;

/// <summary>The weekdays on which a class has in-school teaching; a class without a row has lessons every weekday.</summary>
public sealed class KlasLesdagen : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public int SchoolkalenderId { get; set; }

    public required string ClassName { get; set; }

    public bool Maandag { get; set; } = true;

    public bool Dinsdag { get; set; } = true;

    public bool Woensdag { get; set; } = true;

    public bool Donderdag { get; set; } = true;

    public bool Vrijdag { get; set; } = true;

    public bool HasLes(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => Maandag,
        DayOfWeek.Tuesday => Dinsdag,
        DayOfWeek.Wednesday => Woensdag,
        DayOfWeek.Thursday => Donderdag,
        DayOfWeek.Friday => Vrijdag,
        DayOfWeek.Saturday or DayOfWeek.Sunday => false,
        _ => false,
    };
}
