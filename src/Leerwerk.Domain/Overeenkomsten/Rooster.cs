namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>The planned stage schedule of a placement: clock hours per weekday (0 = no stage that day).</summary>
public sealed class Rooster
{
    public decimal Monday { get; set; }

    public decimal Tuesday { get; set; }

    public decimal Wednesday { get; set; }

    public decimal Thursday { get; set; }

    public decimal Friday { get; set; }

    public decimal HoursOn(DayOfWeek day) => day switch
    {
        DayOfWeek.Monday => Monday,
        DayOfWeek.Tuesday => Tuesday,
        DayOfWeek.Wednesday => Wednesday,
        DayOfWeek.Thursday => Thursday,
        DayOfWeek.Friday => Friday,
        DayOfWeek.Saturday or DayOfWeek.Sunday => 0m,
        _ => 0m,
    };

    public decimal HoursPerWeek => Monday + Tuesday + Wednesday + Thursday + Friday;

    public int DaysPerWeek => new[] { Monday, Tuesday, Wednesday, Thursday, Friday }.Count(h => h > 0);
}
