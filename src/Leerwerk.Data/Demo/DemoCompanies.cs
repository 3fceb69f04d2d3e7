using Leerwerk.Domain.Leerbedrijven;

namespace Leerwerk.Data.Demo;

/// <summary>Twenty invented leerbedrijven around the demo school, with their SBB erkenningen.</summary>
internal static class DemoCompanies
{
    // Name, profiel, city, supervisor; the index decides the deliberate problems below.
    private static readonly (string Name, string Profiel, string City, string Supervisor)[] Rows =
    [
        ("Zorgcentrum De Linde", "ZW", "Tiel", "Ellen Koster"),
        ("Kinderopvang Het Speelkwartier", "ZW", "Culemborg", "Priya Ramdin"),
        ("Woonzorg Betuwe, locatie Hof van Geldermalsen", "ZW", "Geldermalsen", "Harm Wouters"),
        ("Thuiszorg Rivierenland", "ZW", "Tiel", "Naima Bouzid"),
        ("Fruitteeltbedrijf Van Wijk", "GR", "Kesteren", "Gert van Wijk"),
        ("Hoveniersbedrijf Groenrijk", "GR", "Zaltbommel", "Sander Pieters"),
        ("Dierenpension De Waard", "GR", "Beneden-Leeuwen", "Monique Brands"),
        ("Schoonmaakbedrijf Glans", "DP", "Tiel", "Kees Verbeek"),
        ("Facilitair Bedrijf Ziekenhuis Rivierenland", "DP", "Tiel", "Ingrid Hoekstra"),
        ("Kringloopwinkel Tweede Ronde", "DP", "Culemborg", "Rob Lammers"),
        ("Installatietechniek Hendriks", "PIE", "Tiel", "Frank Hendriks"),
        ("Metaalbewerking Betuwe", "PIE", "Geldermalsen", "Tom de Haas"),
        ("Bouwbedrijf Van Ooijen", "BWI", "Tiel", "Jeroen van Ooijen"),
        ("Timmerfabriek De Schaaf", "BWI", "Zaltbommel", "Wim Schouten"),
        ("Supermarkt Plus Tiel-Oost", "EO", "Tiel", "Carla Timmermans"),
        ("Bouwmarkt Karwei Culemborg", "EO", "Culemborg", "Bas Vermeulen"),
        ("Hotel-Restaurant De Gouden Leeuw", "HBR", "Tiel", "Mireille Dubois"),
        ("Bakkerij Van der Meer", "HBR", "Geldermalsen", "Jan van der Meer"),
        ("Autobedrijf Kuipers", "MT", "Tiel", "Ronald Kuipers"),
        ("Scheepswerf De Waal", "MAT", "Druten", "Henk Scheepers"),
    ];

    /// <summary>This company's erkenning is for regular stage only, not for the LWT (shows rule E5).</summary>
    public const int NotLwtIndex = 7;

    /// <summary>
    /// This company's last SBB assessment is more than four years ago (shows rule F1); it hosted leerjaar-4 students
    /// last year, so its erkenning has not lapsed (rule F2).
    /// </summary>
    public const int OverdueIndex = 13;

    public static List<Leerbedrijf> Create(int schoolId, DateOnly schoolYearStart)
    {
        var companies = new List<Leerbedrijf>();
        for (var i = 0; i < Rows.Length; i++)
        {
            var (name, profiel, city, supervisor) = Rows[i];
            // Within three years (and some weeks) of the school year: none lapses under F2 before this year's placements.
            var granted = schoolYearStart.AddYears(-(i % 3) - 1).AddDays(-i * 11);
            var company = new Leerbedrijf
            {
                SchoolId = schoolId,
                Name = name,
                KvkNumber = (30_100_000 + (i * 104_729 % 900_000)).ToString("D8", System.Globalization.CultureInfo.InvariantCulture),
                SbbLeerbedrijfId = (100_200 + (i * 37)).ToString(System.Globalization.CultureInfo.InvariantCulture),
                Street = $"Industrieweg {10 + (i * 3)}",
                PostalCode = $"40{(i * 7 % 90) + 10} AB",
                City = city,
            };
            company.Praktijkbegeleiders.Add(new Praktijkbegeleider
            {
                SchoolId = schoolId,
                Name = supervisor,
                Function = i % 2 == 0 ? "Praktijkopleider" : "Leermeester",
                IsQualified = true,
                Email = $"{supervisor.Split(' ')[0].ToLowerInvariant()}@{new string(name.Where(char.IsLetter).Take(12).ToArray()).ToLowerInvariant()}.example",
                Phone = $"0344-{(600_000 + (i * 1_231)).ToString(System.Globalization.CultureInfo.InvariantCulture)}",
            });
            company.Erkenningen.Add(new Erkenning
            {
                SchoolId = schoolId,
                ProfielCode = profiel,
                IsLwt = i != NotLwtIndex,
                GrantedOn = i == OverdueIndex ? schoolYearStart.AddYears(-4).AddMonths(-6) : granted,
                LastAssessedOn = i == OverdueIndex ? schoolYearStart.AddYears(-4).AddMonths(-6) : granted,
            });
            // SBB's visit at the grant checked every criterion of UB 2.64 lid 1 (F3): all met.
            company.Kwaliteitseisen.AddRange(Kwaliteitseisen.All.Select(e => new KwaliteitseisBeoordeling
            {
                SchoolId = schoolId,
                Letter = e.Letter,
                IsMet = true,
                AssessedOn = company.Erkenningen[0].LastAssessedOn ?? company.Erkenningen[0].GrantedOn,
                Source = "bezoek adviseur praktijkleren SBB",
            }));
            companies.Add(company);
        }

        // A second profiel where the work fits both: a facilities company also hosts E&O students.
        companies[8].Erkenningen.Add(new Erkenning
        {
            SchoolId = schoolId,
            ProfielCode = "EO",
            IsLwt = true,
            GrantedOn = schoolYearStart.AddYears(-2),
            LastAssessedOn = schoolYearStart.AddYears(-2),
        });
        return companies;
    }
}
