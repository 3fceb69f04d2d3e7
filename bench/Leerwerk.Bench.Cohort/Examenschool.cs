using System.Globalization;
using Leerwerk.Data;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Scholen;

namespace Leerwerk.Bench.Cohort;

/// <summary>
/// One school with <c>aantal</c> leerjaar-4 candidates in the basisberoepsgerichte leerweg, half LWT and half regular BB,
/// each with SE and CE grades (one in ten BB candidates with a herkansing, one in twenty LWT candidates without a CE in Nederlands), and
/// a vastgestelde uitslag for every third candidate. Deterministic; seeding is not measured.
/// </summary>
internal static class Examenschool
{
    private static readonly string[] Profielen = ["ZW", "GR", "DP", "EO"];

    /// <summary>Uitslagdag: after the first tijdvak, in the school year the candidates are in leerjaar 4.</summary>
    public static readonly DateOnly Vandaag = new(2027, 6, 14);

    public static async Task<int> SeedAsync(LeerwerkDbContext db, int aantal, CancellationToken ct)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var school = new School
        {
            Name = "Vmbo Examenbenchmark",
            BevoegdGezag = "Stichting Benchmark",
            Brin = "99ZY",
            Vestiging = "00",
            Regio = Regio.Midden,
            City = "Tiel",
        };
        db.Scholen.Add(school);
        await db.SaveChangesAsync(ct);

        var students = Enumerable.Range(0, aantal).Select(i => Student(school.Id, i)).ToList();
        db.Leerlingen.AddRange(students);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        // Every third candidate has a vastgestelde uitslag (some now outdated by the herkansing): the page loads those too.
        var vaststellingen = students.Where((_, i) => i % 3 == 0).Select(s =>
        {
            var kandidaat = LeerlingKandidaat.From(s, Vandaag);
            var op = Vandaag.ToDateTime(new TimeOnly(12, 0), DateTimeKind.Utc);
            return UitslagVaststelling.Van(s.SchoolId, s.Id, Schoolkalender.SchooljaarVan(Vandaag), kandidaat, UitslagBepaling.Bepaal(kandidaat), op, "examensecretaris");
        }).ToList();
        db.UitslagVaststellingen.AddRange(vaststellingen);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        return students.Sum(s => s.Vakken.Count);
    }

    private static Leerling Student(int schoolId, int i)
    {
        var lwt = i % 2 == 0;
        var student = new Leerling
        {
            SchoolId = schoolId,
            Leerlingnummer = (40_000 + i).ToString(CultureInfo.InvariantCulture),
            FirstName = $"Kandidaat{i}",
            LastName = "Bench",
            BirthDate = new DateOnly(2011, 1, 1).AddDays(i % 365),
            Leerweg = Leerweg.Bb,
            ProfielCode = Profielen[i % Profielen.Length],
            Leerjaar = 4,
            ClassName = $"4B{(i % 8) + 1}",
            FollowsKunst = true,
            FollowsLo = true,
        };
        if (lwt)
        {
            student.Routes.Add(new RouteBesluit
            {
                SchoolId = schoolId,
                Route = Leerroute.LeerWerktraject,
                StartDate = new DateOnly(2025, 8, 25),
                DecidedBy = "Toelatingscommissie LWT",
                ConsultedStudentAndParents = true,
            });
        }

        // Grades spread over 4,0–8,9 so the cohort mixes geslaagd, afgewezen and (without a CE) onvolledig.
        decimal Cijfer(int k) => 4.0m + (((i * 7) + (k * 13)) % 50 / 10m);
        var vakken = new List<Vak>
        {
            Vak(schoolId, "Nederlands", VakSoort.Nederlands, VakDeel.Gemeenschappelijk, Cijfer(1), i % 20 == 2 ? null : Cijfer(2)),
            Vak(schoolId, $"Profielvak {student.ProfielCode}", VakSoort.Profielvak, VakDeel.Profieldeel, Cijfer(3), Cijfer(4)),
        };
        vakken.AddRange(Enumerable.Range(1, 4).Select(k => Vak(schoolId, $"Keuzevak {k}", VakSoort.Keuzevak, VakDeel.Vrij, Math.Round(Cijfer(4 + k)), null)));
        vakken.Add(Vak(schoolId, "Rekenen", VakSoort.Rekenen, null, Cijfer(9), null));
        if (!lwt)
        {
            student.Lo = Beoordeling.Voldoende;
            student.Kunstvakken = i % 40 == 3 ? Beoordeling.Onvoldoende : Beoordeling.Goed;

            // The rest of a complete BB eindexamen (UB 3.5 lid 1): Engels, maatschappijleer and two algemene vakken.
            vakken.Add(Vak(schoolId, "Engels", VakSoort.Engels, VakDeel.Gemeenschappelijk, Cijfer(10), Cijfer(11)));
            vakken.Add(Vak(schoolId, "Maatschappijleer", VakSoort.Maatschappijleer, VakDeel.Gemeenschappelijk, Math.Round(Cijfer(12)), null));
            vakken.Add(Vak(schoolId, "Biologie", VakSoort.Avo, VakDeel.Profieldeel, Cijfer(13), Cijfer(14)));
            vakken.Add(Vak(schoolId, "Economie", VakSoort.Avo, VakDeel.Profieldeel, Cijfer(15), Cijfer(16)));
            if (i % 10 == 1)
            {
                vakken[0].CeResit = Cijfer(17);
            }
        }

        student.Vakken.AddRange(vakken);
        return student;
    }

    private static Vak Vak(int schoolId, string name, VakSoort soort, VakDeel? deel, decimal se, decimal? ce) =>
        new() { SchoolId = schoolId, Name = name, Soort = soort, Deel = deel, Se = se, Ce = ce, SeRecordedBy = "import", CeRecordedBy = ce is null ? null : "import" };
}
