using System.Globalization;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Identity;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;
using Leerwerk.Domain.StageUren;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data.Demo;

/// <summary>
/// Generates a school board at scale (<c>leerwerk demo --schalen N</c>): one bestuur with N schools, each built from the
/// demo school's own building blocks (companies, students, intakes, programme and grades, placements in every state,
/// two school years of hours with their corrections and rejections, calendars, mbo partners), with its own draw of
/// profielen and leerjaren shaped like RULES.md table V (bijlage 05), BB peers beside the LWT students, and a
/// coördinator of the board. Deterministic: the same seed, count and reference date give the same data and the same
/// <see cref="DemoBestuurResultaat.Controlegetal"/>. Written fast: one school at a time, added in bulk with change
/// detection off and the change tracker emptied after each school, so the 5 000-student board builds in minutes.
/// </summary>
public sealed class DemoBestuur(UserManager<LeerwerkUser> users, AccountBootstrapper accounts)
{
    public const string BestuurNaam = "Stichting Leerwerk Proefbestuur";

    /// <summary>The board's coördinator, who sees every school of it; the demo's public password.</summary>
    public const string CoordinatorUserName = "bestuurscoordinator";

    /// <summary>BB peers per school: students on the regular BB beside the LWT students, plus the refused intake.</summary>
    public const int BbPeersPerSchool = 10;

    // RULES.md table V, the 2019-2020 counts per profiel (leerjaar 3, leerjaar 4). MVI (0 and 1 student) is left out:
    // the demo's companies have no MVI erkenning, and nationally one student in 1 207 is none per board.
    private static readonly (string Profiel, int Leerjaar3, int Leerjaar4)[] TabelV =
    [
        ("BWI", 38, 74), ("PIE", 45, 74), ("MT", 7, 28), ("EO", 25, 75), ("HBR", 21, 37),
        ("ZW", 100, 196), ("GR", 83, 148), ("MAT", 13, 17), ("DP", 103, 122),
    ];

    /// <summary>True when the board is already in the database (its name is unique).</summary>
    public static async Task<bool> IsLoadedAsync(LeerwerkDbContext db, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Besturen.AnyAsync(b => b.Name == BestuurNaam, ct);
    }

    /// <summary>
    /// Adds the board with <paramref name="scholen"/> schools of <paramref name="leerlingenPerSchool"/> LWT students each,
    /// with data up to <paramref name="today"/>; <paramref name="voortgang"/> hears of each school done. Null when the board
    /// is already there (nothing is changed).
    /// </summary>
    public async Task<DemoBestuurResultaat?> LoadAsync(LeerwerkDbContext db, int scholen, int leerlingenPerSchool, int zaad, DateOnly today,
        Action<int>? voortgang = null, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(scholen);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(scholen, 1_000);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(leerlingenPerSchool);
        if (await IsLoadedAsync(db, ct))
        {
            return null;
        }

        await accounts.EnsureRolesAsync();
        var bestuur = new Bestuur { Name = BestuurNaam, BevoegdGezagNummer = "99999" };
        db.Besturen.Add(bestuur);
        await db.SaveChangesAsync(ct);

        var board = new Random(zaad);
        var telling = new Telling();
        var schoolIds = new List<int>();
        for (var i = 0; i < scholen; i++)
        {
            schoolIds.Add(await AddSchoolAsync(db, bestuur, i, leerlingenPerSchool, new Random(board.Next()), today, telling, ct));
            voortgang?.Invoke(i + 1);
        }

        await AddCoordinatorAsync(db, bestuur, schoolIds, ct);
        return telling.Resultaat(scholen);
    }

    private static async Task<int> AddSchoolAsync(LeerwerkDbContext db, Bestuur bestuur, int index, int aantal, Random random, DateOnly today,
        Telling telling, CancellationToken ct)
    {
        var yearStart = DemoCalendar.SchoolYearStart(today);
        var school = new School
        {
            Name = $"Vmbo {Plaatsen[index % Plaatsen.Length]} {(index / Plaatsen.Length) + 1}",
            BevoegdGezag = BestuurNaam,
            BestuurId = bestuur.Id,
            Brin = Brin(index),
            Vestiging = "00",
            // The demo's calendars are regio Midden's holidays.
            Regio = Regio.Midden,
            Street = "Schoolstraat",
            HouseNumber = (index + 1).ToString(CultureInfo.InvariantCulture),
            PostalCode = $"{4000 + index} AB",
            City = Plaatsen[index % Plaatsen.Length],
            SignatoryName = "drs. J. de Wit",
            SignatoryFunction = "voorzitter college van bestuur",
        };
        db.Scholen.Add(school);
        await db.SaveChangesAsync(ct);
        await DemoSchool.AddPartnersAsync(db, school, today, ct);

        db.ChangeTracker.AutoDetectChangesEnabled = false;
        try
        {
            db.AangebodenKeuzevakken.AddRange(DemoKeuzevakken.Create(school.Id));
            db.AangebodenProfielen.AddRange(DemoKeuzevakken.Profielen(school.Id));
            var companies = DemoCompanies.Create(school.Id, yearStart);
            var students = DemoStudents.Create(school.Id, Plan(aantal, random), 24001, yearStart, random);
            students.ForEach(s => DemoGrades.Add(s, random));
            DemoIntakes.Add(students);
            // Half the schools plan three stage days a week, the others the demo's two: the board's hours then come to
            // about 160 entries per student, like the national spread of two to three days.
            var placements = DemoPlacements.Create(students, companies, yearStart, school.BevoegdGezag, today,
                index % 2 == 1 ? () => new Rooster { Tuesday = 8m, Wednesday = 8m, Thursday = 8m } : null);
            var peers = Enumerable.Range(0, BbPeersPerSchool - 1)
                .Select(i => DemoStudents.Peer(school.Id, 25001 + i, TabelV[random.Next(TabelV.Length)].Profiel, 3 + (i % 2), yearStart, random))
                .Append(DemoIntakes.Refused(school.Id, yearStart))
                .ToList();
            db.Schoolkalenders.AddRange(DemoSchoolkalender.Create(school.Id));
            db.StageurenBeleid.Add(new Domain.Kalender.StageurenBeleid { SchoolId = school.Id, UrenPerSchooljaar = 320m });
            db.Leerbedrijven.AddRange(companies);
            db.Leerlingen.AddRange(students);
            db.Leerlingen.AddRange(peers);
            db.Leerwerkovereenkomsten.AddRange(placements);
            await db.SaveChangesAsync(ct);

            var atRisk = students.Count > DemoHours.AtRiskStudentIndex ? students[DemoHours.AtRiskStudentIndex] : null;
            var hours = placements.SelectMany(p => DemoHours.Create(p, p.Leerling == atRisk, today, random)).ToList();
            db.StageUren.AddRange(hours);
            await db.SaveChangesAsync(ct);
            // The corrections and rejections change tracked entries: those changes must be detected.
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            await DemoHours.AddHistoryAsync(db, hours, ct);
            telling.Add(students, peers, placements, hours);
        }
        finally
        {
            db.ChangeTracker.AutoDetectChangesEnabled = true;
            db.ChangeTracker.Clear();
        }

        return school.Id;
    }

    /// <summary>
    /// The profiel and leerjaar of each LWT student: profiel drawn by the national counts of table V, leerjaar 4 with
    /// that profiel's own share of leerjaar 4 (64 % overall).
    /// </summary>
    private static List<(string Profiel, int Leerjaar)> Plan(int aantal, Random random)
    {
        var total = TabelV.Sum(r => r.Leerjaar3 + r.Leerjaar4);
        var plan = new List<(string, int)>(aantal);
        for (var i = 0; i < aantal; i++)
        {
            var draw = random.Next(total);
            var row = TabelV[0];
            foreach (var candidate in TabelV)
            {
                row = candidate;
                draw -= candidate.Leerjaar3 + candidate.Leerjaar4;
                if (draw < 0)
                {
                    break;
                }
            }

            plan.Add((row.Profiel, random.Next(row.Leerjaar3 + row.Leerjaar4) < row.Leerjaar4 ? 4 : 3));
        }

        return plan;
    }

    private async Task AddCoordinatorAsync(LeerwerkDbContext db, Bestuur bestuur, List<int> schoolIds, CancellationToken ct)
    {
        if (await users.FindByNameAsync(CoordinatorUserName) is not null)
        {
            return;
        }

        var user = new LeerwerkUser { UserName = CoordinatorUserName, DisplayName = $"LWT-coördinator van {BestuurNaam}", BestuurId = bestuur.Id };
        Check(await users.CreateAsync(user, DemoUsers.Password));
        Check(await users.AddToRoleAsync(user, Roles.Coordinator));
        db.UserSchools.AddRange(schoolIds.Select(id => new UserSchool { UserId = user.Id, SchoolId = id }));
        await db.SaveChangesAsync(ct);
    }

    /// <summary>A BRIN of its own per school (two digits, two letters), never the demo school's 99XA.</summary>
    private static string Brin(int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{10 + (index % 80):D2}{(char)('A' + (index / 80 % 26))}{(char)('B' + (index / 2_080 % 24))}");

    private static readonly string[] Plaatsen =
    [
        "Tiel", "Culemborg", "Geldermalsen", "Zaltbommel", "Kesteren", "Druten", "Wijchen", "Elst", "Zetten", "Beneden-Leeuwen",
    ];

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    /// <summary>Counts what was written and folds it into a checksum (FNV-1a, 64 bits) of the content, without ids.</summary>
    private sealed class Telling
    {
        private ulong _hash = 14695981039346656037UL;
        private int _lwt;
        private int _bb;
        private int _overeenkomsten;
        private int _uren;
        private int _cijfers;

        public void Add(List<Leerling> lwt, List<Leerling> bb, List<Leerwerkovereenkomst> placements, List<StageUrenRegel> hours)
        {
            _lwt += lwt.Count;
            _bb += bb.Count;
            _overeenkomsten += placements.Count;
            foreach (var student in lwt.Concat(bb))
            {
                Fold($"{student.Leerlingnummer}|{student.FullName}|{student.ProfielCode}|{student.Leerjaar}|{student.BirthDate:yyyy-MM-dd}");
                foreach (var vak in student.Vakken.Where(v => v.Se is not null))
                {
                    _cijfers++;
                    Fold(string.Create(CultureInfo.InvariantCulture, $"{vak.Name}|{vak.Se}"));
                }
            }

            foreach (var placement in placements)
            {
                Fold($"{placement.Leerling?.Leerlingnummer}|{placement.Leerbedrijf?.Name}|{placement.Status}|{placement.StartDate:yyyy-MM-dd}|{placement.EndDate:yyyy-MM-dd}");
            }

            // The corrections (added by AddHistoryAsync) are counted with the rows they replace: as stored, one row each.
            foreach (var entry in hours)
            {
                _uren += entry.CorrectedById is null ? 1 : 2;
                Fold(string.Create(CultureInfo.InvariantCulture, $"{entry.Date:yyyy-MM-dd}|{entry.Hours}|{entry.Status}"));
            }
        }

        public DemoBestuurResultaat Resultaat(int scholen) =>
            new(scholen, _lwt, _bb, _overeenkomsten, _uren, _cijfers, _hash.ToString("x16", CultureInfo.InvariantCulture));

        private void Fold(string text)
        {
            foreach (var c in text)
            {
                _hash = (_hash ^ c) * 1099511628211UL;
            }

            _hash = (_hash ^ '\n') * 1099511628211UL;
        }
    }
}

/// <summary>What <see cref="DemoBestuur"/> wrote: counts per kind and a checksum of the content (the same for the same seed).</summary>
public sealed record DemoBestuurResultaat(int Scholen, int LwtLeerlingen, int BbLeerlingen, int Overeenkomsten, int Urenregels, int Cijfers, string Controlegetal);
