using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;

namespace Leerwerk.Documents.Tests;

/// <summary>Builders of valid domain objects for the document tests.</summary>
internal static class A
{
    /// <summary>The student turns 18 on this day.</summary>
    public static readonly DateOnly EighteenthBirthday = new(2027, 3, 15);

    public static School School() => new()
    {
        Id = 1,
        Name = "Rivierenland College",
        BevoegdGezag = "Stichting Voortgezet Onderwijs Rivierenland",
        Brin = "12AB",
        Vestiging = "00",
        City = "Tiel",
    };

    public static MboInstelling Roc() => new()
    {
        Id = 3,
        SchoolId = 1,
        Name = "ROC Betuwe Vakcollege",
        BevoegdGezag = "Stichting ROC Betuwe",
        Soort = MboSoort.Roc,
        OffersBasisberoepsopleiding = true,
        Brin = "25XY",
        City = "Culemborg",
    };

    public static Samenwerkingsovereenkomst Samenwerking(DateOnly? endDate = null) => new()
    {
        Id = 5,
        SchoolId = 1,
        MboInstelling = Roc(),
        Soort = SamenwerkingSoort.LeerWerktraject,
        StartDate = new DateOnly(2026, 8, 1),
        EndDate = endDate,
        CoversDoorlopendeLeerweg = true,
        Toelatingscommissie = "Teamleider bovenbouw, mentor leerjaar 2 en de intakecoördinator van het ROC.",
        OnderwerpenSamenwerking = "Doorlopende leerlijn zorg en welzijn; gezamenlijke intake; stagebezoeken.",
        VerwanteOpleidingen =
        [
            new VerwanteOpleiding { SchoolId = 1, Crebo = "25498", Name = "Helpende zorg en welzijn" },
            new VerwanteOpleiding { SchoolId = 1, Crebo = "25255", Name = "Medewerker facilitaire dienstverlening" },
        ],
    };

    public static Leerwerkovereenkomst Leerwerk()
    {
        var company = new Leerbedrijf
        {
            Id = 7,
            SchoolId = 1,
            Name = "Zorgcentrum De Linde",
            KvkNumber = "12345678",
            Street = "Lindelaan 4",
            PostalCode = "4001 AB",
            City = "Tiel",
        };
        var supervisor = new Praktijkbegeleider { SchoolId = 1, Name = "Henk Jansen", Function = "teamleider zorg", IsQualified = true };
        company.Praktijkbegeleiders.Add(supervisor);
        var student = new Leerling
        {
            Id = 9,
            SchoolId = 1,
            Leerlingnummer = "24001",
            FirstName = "Sanne",
            Tussenvoegsel = "de",
            LastName = "Vries",
            BirthDate = EighteenthBirthday.AddYears(-18),
            Leerweg = Leerweg.Bb,
            Leerjaar = 4,
            Vertegenwoordigers = [new WettelijkVertegenwoordiger { SchoolId = 1, Name = "Marieke de Vries", Relation = "moeder" }],
        };
        return new Leerwerkovereenkomst
        {
            Id = 11,
            SchoolId = 1,
            Leerling = student,
            Leerbedrijf = company,
            Praktijkbegeleider = supervisor,
            MentorName = "Ellen Bakker",
            Inhoud = "Meewerken in de dagelijkse zorg en de huishoudelijke ondersteuning van bewoners.",
            Leerdoelen = "Werken aan de opdrachten van het profielvak Zorg en welzijn en aan stagevaardigheden.",
            Beoordelingsmaatstaven = "Beoordelingsformulier stage, besproken met de mentor.",
            Begeleiding = "Wekelijks een kort gesprek met de praktijkbegeleider; de mentor bezoekt het bedrijf eens per periode.",
            VoortijdigeBeeindiging = "Na overleg tussen school, leerling, ouders en bedrijf, met een opzegtermijn van twee weken.",
            StartDate = new DateOnly(2026, 9, 1),
            EndDate = new DateOnly(2027, 6, 30),
            PlannedHours = 558m,
            Rooster = new Rooster { Monday = 7.5m, Wednesday = 8m },
            Ondertekeningen = [new Ondertekening { SchoolId = 1, Partij = Partij.BevoegdGezag, SignerName = "Karin Smit", SignedOn = new DateOnly(2026, 8, 20) }],
        };
    }
}
