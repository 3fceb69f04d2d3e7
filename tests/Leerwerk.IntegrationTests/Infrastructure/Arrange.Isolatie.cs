using Leerwerk.Data.ApiSleutels;
using Leerwerk.Data.Identity;
using Leerwerk.Data.Import;
using Leerwerk.Data.Mail;
using Leerwerk.Domain.Doorstroom;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Leerlingen.Intakes;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Rules;
using Leerwerk.Domain.Scholen;
using Leerwerk.Domain.StageUren;

namespace Leerwerk.IntegrationTests.Infrastructure;

/// <summary>
/// School B of the isolation test: a second school under a board of its own, holding one record of every kind a page,
/// export, download or API endpoint takes an id of. Every name, note and subject in it carries <see cref="Marker"/>, so an
/// answer that shows anything of school B can be found by searching for that one word.
/// </summary>
public static partial class Arrange
{
    public const string Marker = "Isolatiemerk";

    public static async Task<IsolatieSchool> IsolatieSchoolAsync(LeerwerkAppFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var ct = TestContext.Current.CancellationToken;
        await using var db = factory.CreateSystemDbContext();
        var bestuur = new Bestuur { Name = $"Bestuur {Marker}" };
        db.Besturen.Add(bestuur);
        await db.SaveChangesAsync(ct);
        var school = new School { Name = $"{Marker} College", BevoegdGezag = $"Stichting {Marker}", Brin = "97YY", Regio = Regio.Noord, BestuurId = bestuur.Id };
        db.Scholen.Add(school);
        await db.SaveChangesAsync(ct);
        var s = school.Id;

        var company = new Leerbedrijf { SchoolId = s, Name = $"{Marker} Bakkerij", KvkNumber = NewKvkNumber(), City = "Assen" };
        company.Praktijkbegeleiders.Add(new Praktijkbegeleider { SchoolId = s, Name = $"{Marker} Begeleider", Email = "begeleider@isolatie.example" });
        company.Erkenningen.Add(new Erkenning { SchoolId = s, ProfielCode = "ZW", IsLwt = true, GrantedOn = Today.AddYears(-1), Note = $"{Marker} erkenning" });
        var partner = new MboInstelling { SchoolId = s, Name = $"ROC {Marker}", BevoegdGezag = $"Stichting ROC {Marker}" };
        var student = new Leerling
        {
            SchoolId = s,
            Leerlingnummer = "ISO1",
            FirstName = Marker,
            LastName = "Leerling",
            BirthDate = Today.AddYears(-15),
            Leerweg = Leerweg.Bb,
            ProfielCode = "ZW",
            Leerjaar = 4,
            ClassName = "4ISO",
            Email = "leerling@isolatie.example",
        };
        student.Vertegenwoordigers.Add(new WettelijkVertegenwoordiger { SchoolId = s, Name = $"{Marker} Ouder", Relation = "moeder", Email = "ouder@isolatie.example" });
        student.Vakken.Add(new Vak { SchoolId = s, Name = "Nederlands", Soort = VakSoort.Nederlands, Deel = VakDeel.Gemeenschappelijk, Se = 6.5m, AssessingTeacher = $"{Marker} Docent" });
        db.AddRange(company, partner, student);
        db.VakCodes.Add(new VakCode { SchoolId = s, Code = "ISO", Name = $"{Marker} vak", Soort = VakSoort.Nederlands, Deel = VakDeel.Gemeenschappelijk });
        db.AangebodenKeuzevakken.Add(new AangebodenKeuzevak { SchoolId = s, Name = $"{Marker} keuzevak", ProfielCode = "ZW" });
        var kalender = new Schoolkalender
        {
            SchoolId = s,
            Schooljaar = Today.Month >= 8 ? Today.Year : Today.Year - 1,
            EersteSchooldag = Today.AddMonths(-3),
            LaatsteSchooldag = Today.AddMonths(7),
            EersteTijdvak = Today.AddMonths(5),
            CspeVanaf = Today.AddMonths(4),
        };
        kalender.VrijePeriodes.Add(new VrijePeriode { SchoolId = s, Van = Today.AddDays(20), Tot = Today.AddDays(21), Omschrijving = $"{Marker} studiedag" });
        db.Schoolkalenders.Add(kalender);
        await db.SaveChangesAsync(ct);

        var samenwerking = new Samenwerkingsovereenkomst { SchoolId = s, MboInstellingId = partner.Id, StartDate = Today.AddYears(-1), Toelatingscommissie = $"{Marker} commissie" };
        var agreement = new Leerwerkovereenkomst
        {
            SchoolId = s,
            LeerlingId = student.Id,
            LeerbedrijfId = company.Id,
            PraktijkbegeleiderId = company.Praktijkbegeleiders[0].Id,
            MentorName = $"{Marker} Mentor",
            StartDate = Today.AddMonths(-2),
            EndDate = Today.AddMonths(6),
            Rooster = new Rooster { Monday = 8m, Tuesday = 8m },
        };
        Levensloop.Restore(agreement, LeerwerkovereenkomstStatus.Actief);
        db.AddRange(samenwerking, agreement);
        db.RouteBesluiten.Add(new RouteBesluit
        {
            SchoolId = s,
            LeerlingId = student.Id,
            Route = Leerroute.LeerWerktraject,
            StartDate = Today.AddMonths(-3),
            DecidedBy = $"{Marker} commissie",
            ConsultedStudentAndParents = true,
        });
        db.Intakes.Add(new Intake { SchoolId = s, LeerlingId = student.Id, IntakegesprekNotes = $"{Marker} intake", BriefPdf = "%PDF-isolatie"u8.ToArray(), BriefFileName = "isolatie.pdf" });
        db.Doorstroom.Add(new DoorstroomRecord { SchoolId = s, LeerlingId = student.Id, MboInstellingName = $"ROC {Marker}", Opleiding = $"{Marker} opleiding", Niveau = 2 });
        db.UitslagVaststellingen.Add(new UitslagVaststelling
        {
            SchoolId = s,
            LeerlingId = student.Id,
            Schooljaar = kalender.Schooljaar,
            VastgesteldOp = UtcNow,
            VastgesteldDoor = $"{Marker} examensecretaris",
            Grondslag = Marker,
        });
        await db.SaveChangesAsync(ct);

        var hours = new StageUrenRegel
        {
            SchoolId = s,
            LeerlingId = student.Id,
            LeerwerkovereenkomstId = agreement.Id,
            Date = LastWeekMonday,
            Hours = 8m,
            Status = UrenStatus.Ingevoerd,
            EnteredBy = $"{Marker} mentor",
            EnteredAt = UtcNow.AddDays(-7),
            Note = $"{Marker} uren",
        };
        var (link, signingToken) = Tekenlink.Issue(agreement, Partij.WettelijkVertegenwoordiger, $"{Marker} Ouder", "ouder@isolatie.example", UtcNow, Tekenlink.DefaultDaysValid);
        var approvalToken = Goedkeuringslink.Issue(agreement, UtcNow);
        var gezien = new GezienBevinding
        {
            SchoolId = s,
            RuleId = "E6",
            OnderwerpSoort = OnderwerpSoort.Leerling,
            OnderwerpId = student.Id,
            Uitleg = $"{Marker} gezien",
            GezienDoor = $"{Marker} coördinator",
            GezienOp = UtcNow,
        };
        db.AddRange(hours, link, gezien);
        var mail = MailOutbox.Enqueue(db, school, new MailContent("test", "ouder@isolatie.example", $"{Marker} Ouder", $"{Marker} bericht", Marker, $"<p>{Marker}</p>"), UtcNow);

        // A previewed students file, under the user name of school A's coördinator: only the school can refuse it. Every
        // import page's commit is offered it; none may store its student (whose name is the marker).
        var upload = new ImportBestand
        {
            Id = Guid.NewGuid(),
            SchoolId = s,
            UserName = "coordinator",
            Soort = ImportSoort.Leerlingen,
            FileName = $"{Marker}.csv",
            Inhoud = System.Text.Encoding.UTF8.GetBytes($"Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;Leerweg;Leerjaar;Profiel\nISO2;{Marker};;Leerling;01-01-2011;BB;3;ZW\n"),
            CreatedAt = UtcNow,
        };
        db.ImportBestanden.Add(upload);
        await db.SaveChangesAsync(ct);

        var user = await UserAsync(factory, $"isolatie{Guid.NewGuid():N}"[..16], Roles.Coordinator, s);
        await using (var users = factory.CreateSystemDbContext())
        {
            (await users.Users.FindAsync([user.Id], ct))!.DisplayName = $"{Marker} Gebruiker";
            await users.SaveChangesAsync(ct);
        }

        var (_, keyName) = await ApiKeyAsync(factory, s, [.. ApiScopes.All]);
        await using var keys = factory.CreateSystemDbContext();
        var key = keys.ApiSleutels.Single(k => k.Name == keyName);
        key.Name = $"{Marker} sleutel";
        await keys.SaveChangesAsync(ct);

        return new IsolatieSchool(s, bestuur.Id, new Dictionary<string, string>
        {
            [IsolatieSoort.School] = $"{s}",
            [IsolatieSoort.Bestuur] = $"{bestuur.Id}",
            [IsolatieSoort.Leerling] = $"{student.Id}",
            [IsolatieSoort.Leerbedrijf] = $"{company.Id}",
            [IsolatieSoort.Praktijkbegeleider] = $"{company.Praktijkbegeleiders[0].Id}",
            [IsolatieSoort.Erkenning] = $"{company.Erkenningen[0].Id}",
            [IsolatieSoort.MboInstelling] = $"{partner.Id}",
            [IsolatieSoort.Samenwerking] = $"{samenwerking.Id}",
            [IsolatieSoort.Leerwerkovereenkomst] = $"{agreement.Id}",
            [IsolatieSoort.StageUren] = $"{hours.Id}",
            [IsolatieSoort.Tekenlink] = $"{link.Id}",
            [IsolatieSoort.Gezien] = $"{gezien.Id}",
            [IsolatieSoort.VakCode] = $"{keys.VakCodes.Single(v => v.SchoolId == s).Id}",
            [IsolatieSoort.Vak] = $"{student.Vakken[0].Id}",
            [IsolatieSoort.Keuzevak] = $"{keys.AangebodenKeuzevakken.Single(k => k.SchoolId == s).Id}",
            [IsolatieSoort.VrijePeriode] = $"{kalender.VrijePeriodes[0].Id}",
            [IsolatieSoort.Bericht] = $"{mail.Id}",
            [IsolatieSoort.Gebruiker] = user.Id,
            [IsolatieSoort.ApiSleutel] = $"{key.Id}",
            [IsolatieSoort.ImportBestand] = upload.Id.ToString("N"),
            [IsolatieSoort.Tekentoken] = signingToken,
            [IsolatieSoort.Goedkeuringstoken] = approvalToken,
        });
    }

    /// <summary>School B's ids by kind (<see cref="IsolatieSoort"/>); a user's id is a string, the rest numbers.</summary>
    public sealed record IsolatieSchool(int SchoolId, int BestuurId, IReadOnlyDictionary<string, string> Ids);
}

/// <summary>The kinds of record an endpoint takes an id of, as the isolation test maps parameters to them.</summary>
public static class IsolatieSoort
{
    public const string School = nameof(School);
    public const string Bestuur = nameof(Bestuur);
    public const string Leerling = nameof(Leerling);
    public const string Leerbedrijf = nameof(Leerbedrijf);
    public const string Praktijkbegeleider = nameof(Praktijkbegeleider);
    public const string Erkenning = nameof(Erkenning);
    public const string MboInstelling = nameof(MboInstelling);
    public const string Samenwerking = nameof(Samenwerking);
    public const string Leerwerkovereenkomst = nameof(Leerwerkovereenkomst);
    public const string StageUren = nameof(StageUren);
    public const string Tekenlink = nameof(Tekenlink);
    public const string Gezien = nameof(Gezien);
    public const string VakCode = nameof(VakCode);
    public const string Vak = nameof(Vak);
    public const string Keuzevak = nameof(Keuzevak);
    public const string VrijePeriode = nameof(VrijePeriode);
    public const string Bericht = nameof(Bericht);
    public const string Gebruiker = nameof(Gebruiker);
    public const string ApiSleutel = nameof(ApiSleutel);
    public const string ImportBestand = nameof(ImportBestand);
    public const string Tekentoken = nameof(Tekentoken);
    public const string Goedkeuringstoken = nameof(Goedkeuringstoken);
}
