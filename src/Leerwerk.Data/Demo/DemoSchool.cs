using Leerwerk.Data.Accounts;
using Leerwerk.Data.Identity;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data.Demo;

/// <summary>
/// Fills a deterministic demo: one vmbo school with two mbo partners and their agreements, twenty
/// leerbedrijven, sixty LWT students with placements, stage hours so far and leerjaar 4 grades.
/// The same reference date gives the same data. Most students are lawful; a few deliberate problems make the
/// findings visible, each listed in docs/demo.md (and proved by DemoBevindingenTests).
/// </summary>
public sealed class DemoSchool(UserManager<LeerwerkUser> users, AccountBootstrapper accounts)
{
    public const string SchoolName = "Vmbo De Rivierenborg";
    public const string Brin = "99XA";
    private const int Seed = 2026;

    /// <summary>True when the database has no school yet: the first start of a new install.</summary>
    public static async Task<bool> IsDatabaseEmptyAsync(LeerwerkDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return !await db.Scholen.IgnoreQueryFilters().AnyAsync(cancellationToken);
    }

    /// <summary>True when the installation holds the demo school, whoever asks (the banner on every page).</summary>
    public static async Task<bool> IsLoadedAsync(LeerwerkDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        return await db.Scholen.IgnoreQueryFilters().AnyAsync(s => s.Brin == Brin, cancellationToken);
    }

    /// <summary>Loads the demo school with data up to <paramref name="today"/>. Does nothing when it is already there.</summary>
    public async Task<bool> LoadAsync(LeerwerkDbContext db, DateOnly today, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (await db.Scholen.IgnoreQueryFilters().AnyAsync(s => s.Brin == Brin, cancellationToken))
        {
            return false;
        }

        await accounts.EnsureRolesAsync();
        var random = new Random(Seed);
        var yearStart = DemoCalendar.SchoolYearStart(today);
        var school = new School
        {
            Name = SchoolName,
            BevoegdGezag = "Stichting Voortgezet Onderwijs Rivierenland",
            Brin = Brin,
            Vestiging = "00",
            Regio = Regio.Midden,
            Street = "Rivierenlaan",
            HouseNumber = "12",
            PostalCode = "4001 AB",
            City = "Tiel",
            SignatoryName = "drs. H. van Leeuwen",
            SignatoryFunction = "voorzitter college van bestuur",
        };
        db.Scholen.Add(school);
        await db.SaveChangesAsync(cancellationToken);

        var roc = await AddPartnersAsync(db, school, today, cancellationToken);
        db.AangebodenKeuzevakken.AddRange(DemoKeuzevakken.Create(school.Id));
        db.AangebodenProfielen.AddRange(DemoKeuzevakken.Profielen(school.Id));
        var companies = DemoCompanies.Create(school.Id, yearStart);
        var students = DemoStudents.Create(school.Id, yearStart, random);
        students.ForEach(s => DemoGrades.Add(s, random));
        DemoIntakes.Add(students);
        var placements = DemoPlacements.Create(students, companies, yearStart, school.BevoegdGezag, today);
        db.Schoolkalenders.AddRange(DemoSchoolkalender.Create(school.Id));
        // The school's own reading of E3: half of the 640 hours in each of leerjaar 3 and 4.
        db.StageurenBeleid.Add(new Domain.Kalender.StageurenBeleid { SchoolId = school.Id, UrenPerSchooljaar = 320m });
        db.Leerbedrijven.AddRange(companies);
        db.Leerlingen.AddRange(students);
        db.Leerlingen.Add(DemoIntakes.Refused(school.Id, yearStart));
        var geslaagd = DemoUitstroom.Geslaagd(school.Id, yearStart);
        db.Leerlingen.Add(geslaagd);
        db.Leerwerkovereenkomsten.AddRange(placements);
        await db.SaveChangesAsync(cancellationToken);
        db.Doorstroom.Add(DemoUitstroom.Doorstroom(geslaagd, yearStart));

        var atRisk = students[DemoHours.AtRiskStudentIndex];
        var hours = placements.SelectMany(p => DemoHours.Create(p, p.Leerling == atRisk, today, random)).ToList();
        db.StageUren.AddRange(hours);
        await db.SaveChangesAsync(cancellationToken);
        await DemoHours.AddHistoryAsync(db, hours, cancellationToken);

        await DemoUsers.CreateAsync(users, db, school.Id, roc.Id);
        foreach (var admin in await users.GetUsersInRoleAsync(Roles.Beheerder))
        {
            await accounts.AddToAllSchoolsAsync(admin, cancellationToken);
        }

        return true;
    }

    /// <summary>Adds the ROC and the AOC with their LWT agreements; returns the ROC, the demo mbo-partner's institution.</summary>
    internal static async Task<MboInstelling> AddPartnersAsync(LeerwerkDbContext db, School school, DateOnly today, CancellationToken cancellationToken)
    {
        var roc = new MboInstelling
        {
            SchoolId = school.Id,
            Name = "ROC Betuwe Vakcollege",
            BevoegdGezag = "Stichting ROC Betuwe",
            Soort = MboSoort.Roc,
            OffersBasisberoepsopleiding = true,
            City = "Tiel",
            ContactName = "Yusuf Demir",
            ContactEmail = "y.demir@rocbetuwe.example",
        };
        var aoc = new MboInstelling
        {
            SchoolId = school.Id,
            Name = "AOC De Linge",
            BevoegdGezag = "Stichting Agrarisch Opleidingscentrum De Linge",
            Soort = MboSoort.Aoc,
            OffersBasisberoepsopleiding = true,
            City = "Geldermalsen",
            ContactName = "Loes van Dam",
            ContactEmail = "l.vandam@aocdelinge.example",
        };
        db.MboInstellingen.AddRange(roc, aoc);
        db.Samenwerkingsovereenkomsten.AddRange(
            Agreement(school, roc, new DateOnly(2019, 8, 1), "Zorg en welzijn, Dienstverlening en producten, techniek, economie en horeca"),
            Agreement(school, aoc, new DateOnly(2021, 8, 1), "Groen"),
            UnderNotice(school, roc, today.AddMonths(-2)));
        await db.SaveChangesAsync(cancellationToken);
        return roc;
    }

    /// <summary>A separate agreement on a doorlopende leerroute, given notice two months ago (shows the attention list).</summary>
    private static Samenwerkingsovereenkomst UnderNotice(School school, MboInstelling partner, DateOnly notice)
    {
        var agreement = Agreement(school, partner, new DateOnly(2022, 8, 1), "Dienstverlening en producten");
        agreement.Soort = SamenwerkingSoort.DoorlopendeLeerroute;
        agreement.NoticeGivenOn = notice;
        agreement.Geschiedenis.Add(new SamenwerkingWijziging
        {
            SchoolId = school.Id,
            Description = $"Opgezegd; van kracht tot en met {Domain.Nl.Date(notice.AddMonths(Samenwerkingsovereenkomst.NoticeMonths).AddDays(-1))}",
            EffectiveOn = notice,
            ChangedBy = "coordinator",
            ChangedAt = notice.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc),
        });
        return agreement;
    }

    private static Samenwerkingsovereenkomst Agreement(School school, MboInstelling partner, DateOnly start, string profielen) => new()
    {
        SchoolId = school.Id,
        MboInstelling = partner,
        Soort = SamenwerkingSoort.LeerWerktraject,
        StartDate = start,
        CoversDoorlopendeLeerweg = true,
        Toelatingscommissie = $"De LWT-coördinator, de teamleider bovenbouw en een opleidingsmanager van {partner.Name}; zij beslissen op de criteria stagevaardigheid, haalbaarheid van Nederlands en de beroepsgerichte vakken, en beroepsbeeld.",
        OnderwerpenSamenwerking = $"Doorlopende leerweg naar de verwante basisberoepsopleidingen ({profielen}); gezamenlijke intake; keuzevakken met mbo-docenten; warme overdracht; volgen tot de startkwalificatie.",
    };
}
