using System.Globalization;
using Leerwerk.Domain.Leerlingen;

namespace Leerwerk.Data.Demo;

/// <summary>Sixty LWT students in leerjaar 3 and 4, spread over the profielen like the national counts (RULES.md table V).</summary>
internal static class DemoStudents
{
    // 60 students in the proportions of bijlage 05 (Z&W, Groen and D&P largest; MVI has almost none).
    private static readonly (string Profiel, int Count)[] Spread =
    [
        ("ZW", 15), ("GR", 11), ("DP", 11), ("PIE", 6), ("BWI", 6), ("EO", 5), ("HBR", 3), ("MT", 2), ("MAT", 1),
    ];

    public static List<Leerling> Create(int schoolId, DateOnly schoolYearStart, Random random)
    {
        var plan = new List<(string Profiel, int Leerjaar)>();
        foreach (var (profiel, count) in Spread)
        {
            for (var i = 0; i < count; i++)
            {
                // About 60 % in leerjaar 4, as nationally (bijlage 05).
                plan.Add((profiel, (plan.Count * 3 % 5) < 3 ? 4 : 3));
            }
        }

        return Create(schoolId, plan, 24001, schoolYearStart, random);
    }

    /// <summary>
    /// LWT students with the given profiel and leerjaar, numbered from <paramref name="firstNumber"/>, in the plan's
    /// order (the generated board of <see cref="DemoBestuur"/> draws its own plan per school).
    /// </summary>
    public static List<Leerling> Create(int schoolId, IReadOnlyList<(string Profiel, int Leerjaar)> plan, int firstNumber, DateOnly schoolYearStart, Random random) =>
        plan.Select((p, i) => Create(schoolId, firstNumber + i, p.Profiel, p.Leerjaar, schoolYearStart, random)).ToList();

    /// <summary>
    /// A BB peer: a student of the same school and year on the regular BB, without an LWT route, placement or
    /// programme of their own (the generated board's schools have them beside their LWT students).
    /// </summary>
    public static Leerling Peer(int schoolId, int number, string profiel, int leerjaar, DateOnly schoolYearStart, Random random)
    {
        var student = Create(schoolId, number, profiel, leerjaar, schoolYearStart, random);
        student.Routes.RemoveAll(r => r.Route == Leerroute.LeerWerktraject);
        return student;
    }

    private static readonly string[] Streets = ["Waalstraat", "Lingedijk", "Kastanjelaan", "Appelgaard", "Kerkstraat", "Molenweg", "Fruitlaan"];

    private static Leerling Create(int schoolId, int number, string profiel, int leerjaar, DateOnly schoolYearStart, Random random)
    {
        var firstName = DemoNames.FirstNames[random.Next(DemoNames.FirstNames.Length)];
        var (tussenvoegsel, lastName) = DemoNames.LastNames[random.Next(DemoNames.LastNames.Length)];
        // Leerjaar 4 students turn 16 in this school year, leerjaar 3 students 15; a few are older.
        var birthYear = schoolYearStart.Year - (leerjaar == 4 ? 15 : 14) - (random.Next(10) == 0 ? 1 : 0);
        var birthDate = new DateOnly(birthYear, 1, 1).AddDays(random.Next(365));
        var lwtStart = leerjaar == 4 ? schoolYearStart.AddYears(-1) : schoolYearStart;
        var student = new Leerling
        {
            SchoolId = schoolId,
            Leerlingnummer = number.ToString(CultureInfo.InvariantCulture),
            FirstName = firstName,
            Tussenvoegsel = tussenvoegsel,
            LastName = lastName,
            BirthDate = birthDate,
            // The address follows the number, not the random sequence, so the rest of the demo stays as it was.
            Street = Streets[number % Streets.Length],
            HouseNumber = ((number % 89) + 1).ToString(CultureInfo.InvariantCulture),
            PostalCode = $"40{(number % 7) + 1}{number % 10} {(char)('A' + (number % 20))}{(char)('B' + (number % 23))}",
            City = "Tiel",
            Leerweg = Leerweg.Bb,
            ProfielCode = profiel,
            Leerjaar = leerjaar,
            ClassName = $"{leerjaar}B{(number % 2) + 1}",
            MentorName = number % 2 == 0 ? "Dennis Bakker" : "Fatma Öztürk",
            // The demo school gives its LWT students kunst and LO but no maatschappijleer (rule C9: the school decides).
            FollowsKunst = true,
            FollowsLo = true,
        };
        student.Routes.Add(new RouteBesluit
        {
            SchoolId = schoolId,
            Route = Leerroute.RegulierBb,
            StartDate = lwtStart.AddYears(-2),
            DecidedBy = "Toelating vmbo",
            ConsultedStudentAndParents = true,
        });
        student.Routes.Add(new RouteBesluit
        {
            SchoolId = schoolId,
            Route = Leerroute.LeerWerktraject,
            StartDate = lwtStart,
            DecidedBy = "Toelatingscommissie LWT",
            ConsultedStudentAndParents = true,
            Note = "Besloten na intakegesprek met leerling en ouders; stagevaardig, Nederlands haalbaar.",
        });
        var parentName = DemoNames.ParentFirstNames[random.Next(DemoNames.ParentFirstNames.Length)];
        var familyName = tussenvoegsel is null ? lastName : $"{tussenvoegsel} {lastName}";
        student.Vertegenwoordigers.Add(new WettelijkVertegenwoordiger
        {
            SchoolId = schoolId,
            Name = $"{parentName} {familyName}",
            Relation = random.Next(2) == 0 ? "moeder" : "vader",
            Email = $"ouder{number}@example.nl",
            Phone = $"06-{random.Next(10_000_000, 99_999_999).ToString(CultureInfo.InvariantCulture)}",
        });
        return student;
    }
}
