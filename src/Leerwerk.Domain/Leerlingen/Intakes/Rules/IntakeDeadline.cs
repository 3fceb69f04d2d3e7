using Leerwerk.Domain.Kalender;

namespace Leerwerk.Domain.Leerlingen.Intakes.Rules;

/// <summary>
/// When the intake of rules B7 and B8 should be complete: at the start date of the first decision for the
/// leer-werktraject; for a student only marked lwtBeoogd (no LWT decision yet) at the start of leerjaar 3,
/// because the Elde practice admits students at the end of leerjaar 2. Null when the student is no LWT candidate.
/// </summary>
internal static class IntakeDeadline
{
    public static DateOnly? For(Leerling student, DateOnly referenceDate)
    {
        var lwt = student.Routes.Where(r => r.Route == Leerroute.LeerWerktraject).OrderBy(r => r.StartDate).FirstOrDefault();
        if (lwt is not null)
        {
            return lwt.StartDate;
        }

        return student.LwtBeoogd ? Schoolkalender.StartVanLeerjaar(3, student.Leerjaar, referenceDate) : null;
    }
}
