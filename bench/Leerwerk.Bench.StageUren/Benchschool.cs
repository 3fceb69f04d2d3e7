using System.Globalization;
using Leerwerk.Data;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;
using Leerwerk.Domain.StageUren;

namespace Leerwerk.Bench.StageUren;

/// <summary>
/// One school with <c>aantal</c> LWT students (leerjaar 3 and 4), eight leerbedrijven with LWT erkenningen, fully
/// signed leer-werkovereenkomsten, 160 approved hour entries per student and the school calendars of both years.
/// Deterministic; seeding is not measured.
/// </summary>
internal static class Benchschool
{
    public const int UrenPerLeerling = 160;
    private const int Batch = 10_000;
    private static readonly string[] Profielen = ["ZW", "GR", "DP", "EO"];

    /// <summary>The school year in which the leerjaar-4 students are now; the year before holds their leerjaar 3.</summary>
    public static readonly DateOnly SchoolYearStart = new(2026, 8, 31);

    /// <summary>The reference date of the overview: the last school day, so every entry lies in the past.</summary>
    public static readonly DateOnly Vandaag = new(2027, 7, 16);

    public static async Task<int> SeedAsync(LeerwerkDbContext db, int aantal, CancellationToken ct)
    {
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        var school = new School
        {
            Name = "Vmbo Benchmark",
            BevoegdGezag = "Stichting Benchmark",
            Brin = "99ZZ",
            Vestiging = "00",
            Regio = Regio.Midden,
            City = "Tiel",
        };
        db.Scholen.Add(school);
        await db.SaveChangesAsync(ct);

        db.Schoolkalenders.AddRange(Kalender(school.Id, 2025, new(2025, 8, 25), new(2026, 7, 17)), Kalender(school.Id, 2026, SchoolYearStart, Vandaag));
        var companies = Enumerable.Range(0, 8).Select(i => Company(school.Id, i, Profielen[i % Profielen.Length])).ToList();
        db.Leerbedrijven.AddRange(companies);
        await db.SaveChangesAsync(ct);

        var students = Enumerable.Range(0, aantal).Select(i => Student(school.Id, i)).ToList();
        db.Leerlingen.AddRange(students);
        await db.SaveChangesAsync(ct);

        var placements = new List<Leerwerkovereenkomst>();
        foreach (var (student, i) in students.Select((s, i) => (s, i)))
        {
            var hosts = companies.Where(c => c.Erkenningen[0].ProfielCode == student.ProfielCode).ToList();
            if (student.Leerjaar == 4)
            {
                placements.Add(Placement(student, hosts[i % hosts.Count], SchoolYearStart.AddYears(-1).AddDays(7), new(2026, 7, 17), Twee()));
                placements.Add(Placement(student, hosts[(i + 1) % hosts.Count], SchoolYearStart.AddDays(7), Vandaag, Twee()));
            }
            else
            {
                placements.Add(Placement(student, hosts[i % hosts.Count], SchoolYearStart.AddDays(7), Vandaag,
                    new Rooster { Monday = 4m, Tuesday = 4m, Thursday = 4m, Friday = 4m }));
            }
        }

        db.Leerwerkovereenkomsten.AddRange(placements);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();

        var count = 0;
        var pending = new List<StageUrenRegel>(Batch);
        foreach (var group in placements.GroupBy(p => p.LeerlingId))
        {
            var perPlacement = UrenPerLeerling / group.Count();
            foreach (var placement in group)
            {
                pending.AddRange(Entries(placement, perPlacement));
                if (pending.Count >= Batch)
                {
                    count += await FlushAsync(db, pending, ct);
                }
            }
        }

        return count + await FlushAsync(db, pending, ct);
    }

    private static Rooster Twee() => new() { Tuesday = 8m, Thursday = 8m };

    private static async Task<int> FlushAsync(LeerwerkDbContext db, List<StageUrenRegel> pending, CancellationToken ct)
    {
        db.StageUren.AddRange(pending);
        await db.SaveChangesAsync(ct);
        db.ChangeTracker.Clear();
        var count = pending.Count;
        pending.Clear();
        return count;
    }

    /// <summary>The first <paramref name="aantal"/> rooster days of the placement, approved, with the rooster's hours.</summary>
    private static IEnumerable<StageUrenRegel> Entries(Leerwerkovereenkomst placement, int aantal)
    {
        var day = placement.StartDate;
        for (var n = 0; n < aantal && day <= placement.EndDate; day = day.AddDays(1))
        {
            var hours = placement.Rooster.HoursOn(day.DayOfWeek);
            if (hours == 0)
            {
                continue;
            }

            n++;
            yield return new StageUrenRegel
            {
                SchoolId = placement.SchoolId,
                LeerlingId = placement.LeerlingId,
                LeerwerkovereenkomstId = placement.Id,
                Date = day,
                Hours = hours,
                Status = UrenStatus.Goedgekeurd,
                EnteredBy = "coordinator",
                EnteredAt = day.ToDateTime(new TimeOnly(17, 0), DateTimeKind.Utc),
                ReviewedBy = "Praktijkbegeleider",
                ReviewedAt = day.AddDays(3).ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
            };
        }
    }

    private static Schoolkalender Kalender(int schoolId, int year, DateOnly first, DateOnly last)
    {
        var kalender = Schoolkalender.Standaard(year, schoolId);
        kalender.EersteSchooldag = first;
        kalender.LaatsteSchooldag = last;
        kalender.VrijePeriodes.Add(new VrijePeriode { SchoolId = schoolId, Van = new(year, 10, 17), Tot = new(year, 10, 25), Omschrijving = "Herfstvakantie" });
        kalender.VrijePeriodes.Add(new VrijePeriode { SchoolId = schoolId, Van = new(year, 12, 19), Tot = new(year + 1, 1, 3), Omschrijving = "Kerstvakantie" });
        kalender.Lesdagen.Add(new KlasLesdagen { SchoolId = schoolId, ClassName = "4B1", Dinsdag = false, Donderdag = false });
        return kalender;
    }

    private static Leerbedrijf Company(int schoolId, int i, string profiel)
    {
        var company = new Leerbedrijf
        {
            SchoolId = schoolId,
            Name = $"Leerbedrijf {i + 1}",
            KvkNumber = (30_100_000 + i).ToString(CultureInfo.InvariantCulture),
            City = "Tiel",
        };
        company.Praktijkbegeleiders.Add(new Praktijkbegeleider { SchoolId = schoolId, Name = $"Begeleider {i + 1}", IsQualified = true });
        company.Erkenningen.Add(new Erkenning
        {
            SchoolId = schoolId,
            ProfielCode = profiel,
            IsLwt = true,
            GrantedOn = SchoolYearStart.AddYears(-3),
            LastAssessedOn = SchoolYearStart.AddYears(-1),
        });
        return company;
    }

    private static Leerling Student(int schoolId, int i)
    {
        var leerjaar = i % 5 < 3 ? 4 : 3;
        var lwtStart = leerjaar == 4 ? SchoolYearStart.AddYears(-1) : SchoolYearStart;
        var student = new Leerling
        {
            SchoolId = schoolId,
            Leerlingnummer = (30_000 + i).ToString(CultureInfo.InvariantCulture),
            FirstName = $"Leerling{i}",
            LastName = "Bench",
            BirthDate = new DateOnly(lwtStart.Year - 14, 1, 1).AddDays(i % 365),
            Leerweg = Leerweg.Bb,
            ProfielCode = Profielen[i % Profielen.Length],
            Leerjaar = leerjaar,
            ClassName = $"{leerjaar}B{(i % 2) + 1}",
            FollowsKunst = true,
            FollowsLo = true,
        };
        student.Routes.Add(new RouteBesluit
        {
            SchoolId = schoolId,
            Route = Leerroute.LeerWerktraject,
            StartDate = lwtStart,
            DecidedBy = "Toelatingscommissie LWT",
            ConsultedStudentAndParents = true,
        });
        student.Vertegenwoordigers.Add(new WettelijkVertegenwoordiger { SchoolId = schoolId, Name = $"Ouder van Leerling{i}", Relation = "moeder" });
        return student;
    }

    private static Leerwerkovereenkomst Placement(Leerling student, Leerbedrijf company, DateOnly start, DateOnly end, Rooster rooster)
    {
        var agreement = new Leerwerkovereenkomst
        {
            SchoolId = student.SchoolId,
            LeerlingId = student.Id,
            LeerbedrijfId = company.Id,
            PraktijkbegeleiderId = company.Praktijkbegeleiders[0].Id,
            StartDate = start,
            EndDate = end,
            PlannedHours = rooster.HoursPerWeek * 36,
            Rooster = rooster,
        };
        // A data set of placements that are running, not a school's workflow: restored as active, signed below.
        Levensloop.Restore(agreement, LeerwerkovereenkomstStatus.Actief);
        var signedOn = start.AddDays(-10);
        foreach (var (partij, name) in new[]
        {
            (Partij.BevoegdGezag, "Stichting Benchmark"),
            (Partij.Leerbedrijf, company.Praktijkbegeleiders[0].Name),
            (Partij.Leerling, student.FullName),
            (Partij.WettelijkVertegenwoordiger, student.Vertegenwoordigers[0].Name),
        })
        {
            agreement.Ondertekeningen.Add(new Ondertekening { SchoolId = student.SchoolId, Partij = partij, SignerName = name, SignedOn = signedOn });
        }

        return agreement;
    }
}
