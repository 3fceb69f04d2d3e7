using System.Text;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren;
using Leerwerk.Web.Documents.Subsidie;

namespace Leerwerk.Documents.Tests;

/// <summary>
/// The Subsidie praktijkleren evidence pack of one company for school year 2026-2027: every placement the company
/// hosted that year is in the PDF and the CSV, and nothing of another company, another year or a concept.
/// </summary>
public sealed class SubsidieDocumentTests
{
    private const int Schooljaar = 2026;

    private static readonly DateOnly Today = new(2027, 9, 10);

    private static int _nextId = 100;

    private static Leerbedrijf Company(int id, string name)
    {
        var company = new Leerbedrijf { Id = id, SchoolId = 1, Name = name, KvkNumber = "1234567" + id.ToString(Domain.Nl.Culture)[^1], City = "Tiel" };
        company.Praktijkbegeleiders.Add(new Praktijkbegeleider { Id = id * 10, SchoolId = 1, LeerbedrijfId = id, Name = $"Begeleider {name}", Function = "teamleider", Email = $"begeleider{id}@example.nl" });
        company.Erkenningen.Add(new Erkenning { SchoolId = 1, LeerbedrijfId = id, ProfielCode = "ZW", IsLwt = true, GrantedOn = new DateOnly(2024, 3, 1), LastAssessedOn = new DateOnly(2025, 3, 1) });
        return company;
    }

    private static Leerwerkovereenkomst Placement(Leerbedrijf company, string lastName, DateOnly start, DateOnly end, LeerwerkovereenkomstStatus status = LeerwerkovereenkomstStatus.Actief, DateOnly? endedOn = null)
    {
        var id = ++_nextId;
        var student = new Leerling
        {
            Id = id,
            SchoolId = 1,
            Leerlingnummer = $"L{id}",
            FirstName = "Sam",
            LastName = lastName,
            BirthDate = new DateOnly(2010, 5, 5),
            Leerweg = Leerweg.Bb,
            ProfielCode = "ZW",
            Leerjaar = 4,
        };
        var placement = new Leerwerkovereenkomst
        {
            Id = id,
            SchoolId = 1,
            LeerlingId = id,
            Leerling = student,
            LeerbedrijfId = company.Id,
            Leerbedrijf = company,
            Praktijkbegeleider = company.Praktijkbegeleiders[0],
            MentorName = "Ellen Bakker",
            Begeleiding = "Elke week een gesprek met de praktijkbegeleider; de mentor komt eens per periode langs.",
            StartDate = start,
            EndDate = end,
            EndedOn = endedOn,
            Rooster = new Rooster { Monday = 8m, Thursday = 7.5m },
            Ondertekeningen =
            [
                new Ondertekening { SchoolId = 1, Partij = Partij.BevoegdGezag, SignerName = "Karin Smit", SignedOn = start.AddDays(-10) },
                new Ondertekening { SchoolId = 1, Partij = Partij.Leerbedrijf, SignerName = company.Praktijkbegeleiders[0].Name, SignedOn = start.AddDays(-9) },
                new Ondertekening { SchoolId = 1, Partij = Partij.WettelijkVertegenwoordiger, SignerName = $"Ouder {lastName}", SignedOn = start.AddDays(-8) },
            ],
        };
        Levensloop.Restore(placement, status);
        return placement;
    }

    private static StageUrenRegel Hours(Leerwerkovereenkomst placement, DateOnly date, decimal hours, UrenStatus status = UrenStatus.Goedgekeurd) => new()
    {
        SchoolId = 1,
        LeerlingId = placement.LeerlingId,
        LeerwerkovereenkomstId = placement.Id,
        Date = date,
        Hours = hours,
        Status = status,
        EnteredBy = "mentor",
        ReviewedBy = status == UrenStatus.Goedgekeurd ? placement.Praktijkbegeleider!.Name : null,
    };

    /// <summary>Company 7 hosts three students in 2026-2027 (one ended early, one running on from the year before) and has a concept and an older placement; company 8 hosts one.</summary>
    private static (SubsidieBewijs Bewijs, string[] Inside, string[] Outside) Arrange()
    {
        var linde = Company(7, "Zorgcentrum De Linde");
        var bakker = Company(8, "Bakkerij Van Dam");
        var fullYear = Placement(linde, "Aalberts", new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30));
        var endedEarly = Placement(linde, "Bosman", new DateOnly(2026, 10, 1), new DateOnly(2027, 6, 30), LeerwerkovereenkomstStatus.Beeindigd, new DateOnly(2027, 1, 31));
        var fromLastYear = Placement(linde, "Claessen", new DateOnly(2026, 3, 1), new DateOnly(2026, 12, 18), LeerwerkovereenkomstStatus.Vervangen);
        var concept = Placement(linde, "Dekker", new DateOnly(2027, 2, 1), new DateOnly(2027, 6, 30), LeerwerkovereenkomstStatus.Concept);
        var lastYear = Placement(linde, "Evers", new DateOnly(2025, 9, 1), new DateOnly(2026, 6, 30));
        var otherCompany = Placement(bakker, "Fransen", new DateOnly(2026, 9, 1), new DateOnly(2027, 6, 30));
        var endedBeforeYear = Placement(linde, "Gerritsen", new DateOnly(2026, 3, 1), new DateOnly(2026, 12, 18), LeerwerkovereenkomstStatus.Beeindigd, new DateOnly(2026, 5, 1));
        var hours = new[]
        {
            Hours(fullYear, new DateOnly(2026, 9, 7), 8m),
            Hours(fullYear, new DateOnly(2026, 9, 10), 7.25m),
            Hours(fullYear, new DateOnly(2026, 9, 14), 8m, UrenStatus.Ingevoerd),
            Hours(endedEarly, new DateOnly(2026, 10, 5), 8m),
            Hours(fromLastYear, new DateOnly(2026, 6, 1), 8m), // the year before: not in this pack
            Hours(fromLastYear, new DateOnly(2026, 9, 7), 6m),
            Hours(otherCompany, new DateOnly(2026, 9, 7), 8m),
        };
        var bewijs = SubsidieBewijs.From(A.School(), linde, Schooljaar, [fullYear, endedEarly, fromLastYear, concept, lastYear, otherCompany, endedBeforeYear], hours);
        return (bewijs, ["Sam Aalberts", "Sam Bosman", "Sam Claessen"], ["Sam Dekker", "Sam Evers", "Sam Fransen", "Sam Gerritsen"]);
    }

    [Fact]
    public void From_KeepsThePlacementsThatHostedInTheYearWithTheirApprovedHours()
    {
        var (bewijs, inside, _) = Arrange();

        Assert.Equal(inside, bewijs.Plaatsingen.Select(p => p.LeerlingNaam).Order(StringComparer.Ordinal));
        var fullYear = bewijs.Plaatsingen.Single(p => p.LeerlingNaam == "Sam Aalberts");
        Assert.Equal(15.25m, fullYear.ApprovedHours);
        Assert.Equal(2, fullYear.ApprovedDays);
        Assert.Equal(2, fullYear.DaysPerWeek);
        Assert.Equal(new DateOnly(2026, 8, 24), fullYear.FullySignedOn);
        Assert.Equal(6m, bewijs.Plaatsingen.Single(p => p.LeerlingNaam == "Sam Claessen").ApprovedHours);
    }

    [Fact]
    public void Pdf_RendersAndNamesEveryPlacementOfTheCompanyThatYearAndNoOther()
    {
        var (bewijs, inside, outside) = Arrange();

        var file = SubsidieDocument.Render(bewijs, Today);

        Assert.Equal("subsidie-praktijkleren-2026-2027-zorgcentrum-de-linde-7.pdf", file.FileName);
        Assert.NotEmpty(Poppler.RenderPages(file.Content, "subsidie-praktijkleren"));
        var text = Poppler.Text(file.Content, "subsidie-praktijkleren");
        Assert.Contains("Subsidieregeling praktijkleren", text, StringComparison.Ordinal);
        Assert.Contains("schooljaar 2026-2027", text, StringComparison.Ordinal);
        Assert.Contains("1 augustus 2026 tot en met 31 juli 2027", text, StringComparison.Ordinal);
        foreach (var name in inside)
        {
            Assert.Contains(name, text, StringComparison.Ordinal);
        }

        foreach (var name in outside)
        {
            Assert.DoesNotContain(name, text, StringComparison.Ordinal);
        }

        Assert.DoesNotContain("Bakkerij Van Dam", text, StringComparison.Ordinal);
        Assert.Contains("15,25", text, StringComparison.Ordinal); // the approved hours of Aalberts, with a decimal comma
        Assert.Contains("31 januari 2027", text, StringComparison.Ordinal); // Bosman's early end
        Assert.Contains("Elke week een gesprek", text, StringComparison.Ordinal); // the guidance
        Assert.Contains("Ouder Aalberts", text, StringComparison.Ordinal); // a signature
        Assert.Contains("Begeleider Zorgcentrum De Linde", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Csv_HasOneRowPerPlacementOfThePdf()
    {
        var (bewijs, inside, outside) = Arrange();

        var csv = Encoding.UTF8.GetString(SubsidieCsv.Write(bewijs)).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.StartsWith("Schooljaar;Leerbedrijf;KvK-nummer;", lines[0], StringComparison.Ordinal);
        Assert.Equal(inside.Length, lines.Length - 1);
        Assert.Equal(inside, lines.Skip(1).Select(l => l.Split(';')[4]).Order(StringComparer.Ordinal));
        Assert.All(outside, name => Assert.DoesNotContain(name, csv, StringComparison.Ordinal));
        Assert.All(lines.Skip(1), l => Assert.StartsWith("2026-2027;Zorgcentrum De Linde;", l, StringComparison.Ordinal));
        Assert.Contains(";15,5;15,25;2;", lines.Single(l => l.Contains("Aalberts", StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_WithoutPlacements_SaysSoAndStillRenders()
    {
        var company = Company(9, "Garage Smit");

        var file = SubsidieDocument.Render(SubsidieBewijs.From(A.School(), company, Schooljaar, [], []), Today);

        var text = Poppler.Text(file.Content, "subsidie-praktijkleren-leeg");
        Assert.Contains("liep geen leerling", text, StringComparison.Ordinal);
    }
}
