using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Leerlingen.Intakes;

namespace Leerwerk.Data.Demo;

/// <summary>
/// Intakes of the demo students (rules B7, B8): every LWT student went through the Elde steps before the
/// route start and was admitted; one has an unfinished intake (no mentor talk, no decision yet). All 60 LWT
/// students stay on the LWT (other tests count that total); one more student, on the regular BB, was refused.
/// </summary>
internal static class DemoIntakes
{
    /// <summary>The student whose intake lacks the mentor talk and the decision (B7 and B8 warnings).</summary>
    public const int UnfinishedStudentIndex = 2;

    /// <summary>The leerlingnummer of the student the toelatingscommissie refused (B7, B8), after the 60 LWT students.</summary>
    public const string RefusedLeerlingnummer = "24061";

    /// <summary>
    /// A leerjaar-3 student who went through every intake step last spring and was refused, with the alternative the
    /// school offers instead (BB with extra support, rule B7). Stays on the regular BB. Takes no random numbers.
    /// </summary>
    public static Leerling Refused(int schoolId, DateOnly schoolYearStart)
    {
        var year = schoolYearStart.Year;
        var student = new Leerling
        {
            SchoolId = schoolId,
            Leerlingnummer = RefusedLeerlingnummer,
            FirstName = "Ilias",
            LastName = "Brouwer",
            BirthDate = new DateOnly(year - 14, 3, 14),
            Street = "Molenweg",
            HouseNumber = "7",
            PostalCode = "4002 CD",
            City = "Tiel",
            Leerweg = Leerweg.Bb,
            ProfielCode = "PIE",
            Leerjaar = 3,
            ClassName = "3B1",
            MentorName = "Fatma Öztürk",
            FollowsKunst = true,
            FollowsLo = true,
        };
        student.Routes.Add(new RouteBesluit
        {
            SchoolId = schoolId,
            Route = Leerroute.RegulierBb,
            StartDate = schoolYearStart.AddYears(-2),
            DecidedBy = "Toelating vmbo",
            ConsultedStudentAndParents = true,
        });
        student.Vertegenwoordigers.Add(new WettelijkVertegenwoordiger
        {
            SchoolId = schoolId,
            Name = "Samira Brouwer",
            Relation = "moeder",
            Email = "ouder24061@example.nl",
            Phone = "06-24061061",
        });
        student.Intake = new Intake
        {
            SchoolId = schoolId,
            SignaleringDate = new DateOnly(year - 1, 12, 19),
            SignaleringDoor = student.MentorName,
            AanmeldingDate = new DateOnly(year, 3, 20),
            BriefOndertekend = true,
            VoorlichtingDate = new DateOnly(year, 4, 2),
            IntakegesprekDate = new DateOnly(year, 4, 14),
            IntakegesprekNotes = "Wil graag praktisch werken, maar is nog niet toe aan twee dagen per week bij een bedrijf.",
            MentorgesprekDate = new DateOnly(year, 4, 21),
            BesluitDate = new DateOnly(year, 5, 19),
            Besluit = IntakeBesluit.Afgewezen,
            Alternatief = IntakeAlternatief.BbExtraOndersteuning,
            BesluitReden = "Nog niet stagevaardig; met extra ondersteuning in de BB kan hij over een jaar opnieuw worden besproken.",
        };
        return student;
    }

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
