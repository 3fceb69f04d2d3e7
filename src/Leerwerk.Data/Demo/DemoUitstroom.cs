using Leerwerk.Domain.Doorstroom;
using Leerwerk.Domain.Leerlingen;

namespace Leerwerk.Data.Demo;

/// <summary>
/// A student who passed last school year on the LWT and left the school on 10 July, with a doorstroom record to a
/// related mbo niveau 2 course in the bbl (rules H1–H3). She left, so the dossier rules no longer judge her and the
/// student list shows her only under "uitgestroomd". Takes no random numbers, so the rest of the demo is unchanged.
/// </summary>
internal static class DemoUitstroom
{
    public const string Leerlingnummer = "24062";

    public static Leerling Geslaagd(int schoolId, DateOnly schoolYearStart)
    {
        var year = schoolYearStart.Year;
        var student = new Leerling
        {
            SchoolId = schoolId,
            Leerlingnummer = Leerlingnummer,
            FirstName = "Dewi",
            LastName = "Oosterhuis",
            BirthDate = new DateOnly(year - 17, 5, 23),
            Street = "Kastanjelaan",
            HouseNumber = "31",
            PostalCode = "4003 EF",
            City = "Tiel",
            Leerweg = Leerweg.Bb,
            ProfielCode = "ZW",
            // The last leerjaar she was in: leerjaar 4 of the school year before this one.
            Leerjaar = 4,
            ClassName = "4B1",
            FollowsKunst = true,
            FollowsLo = true,
            UitgestroomdOp = new DateOnly(year, 7, 10),
            UitstroomReden = UitstroomReden.Geslaagd,
        };
        student.Routes.Add(new RouteBesluit
        {
            SchoolId = schoolId,
            Route = Leerroute.RegulierBb,
            StartDate = schoolYearStart.AddYears(-4),
            DecidedBy = "Toelating vmbo",
            ConsultedStudentAndParents = true,
        });
        student.Routes.Add(new RouteBesluit
        {
            SchoolId = schoolId,
            Route = Leerroute.LeerWerktraject,
            StartDate = schoolYearStart.AddYears(-2),
            DecidedBy = "Toelatingscommissie LWT",
            ConsultedStudentAndParents = true,
            Note = "Dewi Oosterhuis wil in de zorg werken; stagevaardig en gemotiveerd.",
        });
        student.Vertegenwoordigers.Add(new WettelijkVertegenwoordiger
        {
            SchoolId = schoolId,
            Name = "Wendy Oosterhuis",
            Relation = "moeder",
            Email = "ouder24062@example.nl",
            Phone = "06-24062062",
        });
        return student;
    }

    /// <summary>Her enrolment at the ROC: Helpende zorg en welzijn, niveau 2, bbl, related to Z&amp;W, from 1 September.</summary>
    public static DoorstroomRecord Doorstroom(Leerling student, DateOnly schoolYearStart) => new()
    {
        SchoolId = student.SchoolId,
        LeerlingId = student.Id,
        DiplomaOn = new DateOnly(schoolYearStart.Year, 7, 3),
        MboInstellingName = "ROC Betuwe Vakcollege",
        Opleiding = "Helpende zorg en welzijn",
        Crebo = "25498",
        Niveau = 2,
        MboLeerweg = MboLeerweg.Bbl,
        IsVerwant = true,
        StartDate = new DateOnly(schoolYearStart.Year, 9, 1),
    };
}
