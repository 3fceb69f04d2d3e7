using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Leerlingen.Intakes;

namespace Leerwerk.Data.Demo;

/// <summary>
/// Intakes of the demo students (rules B7, B8): every LWT student went through the Elde steps before the
/// route start and was admitted; one has an unfinished intake (no mentor talk, no decision yet). All 60 demo
/// students stay on the LWT (other tests count that total), so no demo student is refused.
/// </summary>
internal static class DemoIntakes
{
    /// <summary>The student whose intake lacks the mentor talk and the decision (B7 and B8 warnings).</summary>
    public const int UnfinishedStudentIndex = 2;

    /// <summary>Gives every student its intake (saved with the student).</summary>
    public static void Add(IReadOnlyList<Leerling> students)
    {
        for (var i = 0; i < students.Count; i++)
        {
            var student = students[i];
            var start = student.Routes.Where(r => r.Route == Leerroute.LeerWerktraject).Min(r => r.StartDate);
            // The Elde calendar: signal at the Christmas report of leerjaar 2, decide before the summer.
            var intake = new Intake
            {
                SchoolId = student.SchoolId,
                SignaleringDate = new DateOnly(start.Year - 1, 12, 19),
                SignaleringDoor = student.MentorName ?? "mentor",
                AanmeldingDate = new DateOnly(start.Year, 3, 20),
                BriefOndertekend = true,
                VoorlichtingDate = new DateOnly(start.Year, 4, 2),
                IntakegesprekDate = new DateOnly(start.Year, 4, 14),
                IntakegesprekNotes = "Gemotiveerd; wil graag praktisch leren bij een leerbedrijf.",
                MentorgesprekDate = new DateOnly(start.Year, 4, 21),
                BesluitDate = new DateOnly(start.Year, 5, 19),
                Besluit = IntakeBesluit.Toegelaten,
            };
            if (i == UnfinishedStudentIndex)
            {
                intake.MentorgesprekDate = null;
                intake.BesluitDate = null;
                intake.Besluit = null;
            }

            student.Intake = intake;
        }
    }
}
