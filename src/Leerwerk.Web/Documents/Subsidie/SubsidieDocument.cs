using Leerwerk.Domain;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Web.Infrastructure;

namespace Leerwerk.Web.Documents.Subsidie;

/// <summary>
/// The evidence pack as a PDF the company can attach to its claim under the Subsidieregeling praktijkleren: what the
/// school recorded about every placement at the company in one school year. It states facts from the administration
/// only; whether the company is entitled to the subsidy is for the subsidy provider, and the text says so.
/// </summary>
public static class SubsidieDocument
{
    public const string Title = "Bewijs voor de Subsidieregeling praktijkleren";

    public static DocumentFile Render(SubsidieBewijs bewijs, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(bewijs);
        return DocumentFile.Render(Text(bewijs, today), DownloadFormat.Pdf, FileBaseName(bewijs));
    }

    /// <summary>"subsidie-praktijkleren-2025-2026-zorgcentrum-de-linde-7": the id keeps two companies of one name apart.</summary>
    public static string FileBaseName(SubsidieBewijs bewijs)
    {
        ArgumentNullException.ThrowIfNull(bewijs);
        return string.Join('-', "subsidie-praktijkleren", bewijs.SchooljaarNaam, DocumentFile.Slug(bewijs.Leerbedrijf.Name), bewijs.Leerbedrijf.Id.ToString(Nl.Culture));
    }

    public static DocumentText Text(SubsidieBewijs bewijs, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(bewijs);
        var company = bewijs.Leerbedrijf;
        var school = bewijs.School;
        var blocks = new List<DocumentBlock>
        {
            new HeadingBlock("Waarvoor is dit overzicht?"),
            new ParagraphBlock($"{school.Name} heeft dit overzicht gemaakt voor {company.Name}. U kunt het meesturen met uw aanvraag voor de Subsidieregeling praktijkleren."),
            new ParagraphBlock($"Het overzicht laat zien welke leerlingen van het leer-werktraject (vmbo) in schooljaar {bewijs.SchooljaarNaam} stage liepen bij uw bedrijf. Per leerling staan erin: de leer-werkovereenkomst met de periode en de handtekeningen, de goedgekeurde stage-uren, het aantal dagen per week, de praktijkbegeleider en de begeleiding."),
            new ParagraphBlock("Er staat alleen in wat de school heeft vastgelegd. Of u subsidie krijgt en hoeveel, beslist de subsidieverstrekker. Dit overzicht zegt daar niets over."),
            new HeadingBlock("Leerbedrijf en school"),
            new TableBlock(["Gegeven", "Waarde"],
            [
                ["Leerbedrijf", company.Name],
                ["KvK-nummer", company.KvkNumber],
                ["Nummer bij SBB", company.SbbLeerbedrijfId ?? "niet vastgelegd"],
                ["Adres", Address(company)],
                ["School", $"{school.Name} (BRIN\u00A0{school.Brin}{school.Vestiging})"],
                ["Bevoegd gezag", school.BevoegdGezag],
                ["Schooljaar", $"{bewijs.SchooljaarNaam}: {Nl.Date(bewijs.Start)} tot en met {Nl.Date(bewijs.End)}"],
                ["Datum van dit overzicht", Nl.Date(today)],
            ]),
            new HeadingBlock("Erkenningen van SBB"),
            bewijs.Erkenningen.Count == 0
                ? new ParagraphBlock("De school heeft voor dit schooljaar geen erkenning van SBB vastgelegd.")
                : new TableBlock(["Profiel", "Voor het leer-werktraject", "Erkend op", "Laatst beoordeeld", "Ingetrokken op"],
                    [.. bewijs.Erkenningen.Select(ErkenningRow)]),
            new HeadingBlock($"Leerlingen in schooljaar {bewijs.SchooljaarNaam}"),
        };
        if (bewijs.Plaatsingen.Count == 0)
        {
            blocks.Add(new ParagraphBlock("In dit schooljaar liep geen leerling van de school stage bij dit leerbedrijf met een leer-werkovereenkomst die in werking was."));
        }
        else
        {
            blocks.Add(new ParagraphBlock("Goedgekeurde uren: de stage-uren in dit schooljaar die de praktijkbegeleider of de school heeft goedgekeurd. Stagedagen: de dagen met goedgekeurde uren."));
            blocks.Add(SummaryTable(bewijs));
            var number = 0;
            foreach (var plaatsing in bewijs.Plaatsingen)
            {
                blocks.AddRange(PlacementBlocks(++number, plaatsing));
            }
        }

        blocks.Add(new HeadingBlock("Vragen?"));
        blocks.Add(new ParagraphBlock($"Klopt er iets niet, of mist u een leerling? Neem dan contact op met {school.Name}. De school past haar administratie aan en maakt een nieuw overzicht."));
        return new DocumentText(Title, $"{company.Name}, schooljaar {bewijs.SchooljaarNaam}", blocks);
    }

    private static TableBlock SummaryTable(SubsidieBewijs bewijs)
    {
        var rows = bewijs.Plaatsingen
            .Select(p => (IReadOnlyList<string>)[p.LeerlingNaam, Period(p), Nl.Number(p.DaysPerWeek), Nl.Amount(p.ApprovedHours), Nl.Number(p.ApprovedDays)])
            .Append(["Totaal", "", "", Nl.Amount(bewijs.Plaatsingen.Sum(p => p.ApprovedHours)), Nl.Number(bewijs.Plaatsingen.Sum(p => p.ApprovedDays))])
            .ToList();
        return new TableBlock(["Leerling", "Periode", "Dagen per week", "Goedgekeurde uren", "Stagedagen"], rows, HasTotalRow: true);
    }

    private static IEnumerable<DocumentBlock> PlacementBlocks(int number, SubsidiePlaatsing p)
    {
        yield return new HeadingBlock($"{number.ToString(Nl.Culture)}. {p.LeerlingNaam}", 2);
        yield return new TableBlock(["Gegeven", "Waarde"],
        [
            ["Geboortedatum", Nl.Date(p.Geboortedatum)],
            ["Profiel", Domain.Profielen.Profielen.Find(p.ProfielCode)?.Name ?? "niet vastgelegd"],
            ["Leer-werkovereenkomst", $"van {Nl.Date(p.StartDate)} tot en met {Nl.Date(p.EndDate)}"],
            ["Eerder beëindigd op", p.EndedOn is { } ended ? Nl.Date(ended) : "niet eerder beëindigd"],
            ["Stand van de overeenkomst", p.Status.Label()],
            ["Door alle partijen ondertekend op", p.FullySignedOn is { } signed ? Nl.Date(signed) : "nog niet door alle partijen"],
            ["Rooster", $"{Nl.Number(p.DaysPerWeek)} dag(en) per week, {Nl.Number(p.HoursPerWeek)} uur per week"],
            ["Goedgekeurde uren in dit schooljaar", Nl.Amount(p.ApprovedHours)],
            ["Stagedagen met goedgekeurde uren", Nl.Number(p.ApprovedDays)],
            ["Uren goedgekeurd door", p.GoedgekeurdDoor.Count == 0 ? "nog geen uren goedgekeurd" : string.Join(", ", p.GoedgekeurdDoor)],
            ["Praktijkbegeleider", Supervisor(p)],
            ["Mentor van de school", p.MentorNaam ?? "niet vastgelegd"],
        ]);
        yield return new ParagraphBlock(string.IsNullOrWhiteSpace(p.Begeleiding) ? "In de overeenkomst is nog niet beschreven hoe de begeleiding gaat." : p.Begeleiding.Trim(), "Begeleiding volgens de overeenkomst:");
        yield return p.Ondertekeningen.Count == 0
            ? new ParagraphBlock("Er is nog geen handtekening vastgelegd.", "Ondertekening:")
            : new TableBlock(["Getekend namens", "Naam", "Datum", "Hoe"],
                [.. p.Ondertekeningen.Select(o => (IReadOnlyList<string>)[o.Partij.Label(), o.SignerName, Nl.Date(o.SignedOn), o.IsElectronic ? "elektronisch, via een persoonlijke link" : "op papier"])]);
    }

    private static IReadOnlyList<string> ErkenningRow(Erkenning e) =>
    [
        Domain.Profielen.Profielen.Find(e.ProfielCode)?.Name ?? e.ProfielCode,
        e.IsLwt ? "ja" : "nee",
        Nl.Date(e.GrantedOn),
        e.LastAssessedOn is { } assessed ? Nl.Date(assessed) : "",
        e.WithdrawnOn is { } withdrawn ? Nl.Date(withdrawn) : "",
    ];

    internal static string Period(SubsidiePlaatsing p) => $"{Nl.Date(p.StartDate)} \u2013 {Nl.Date(p.LastDay)}";

    internal static string Supervisor(SubsidiePlaatsing p) => p.PraktijkbegeleiderNaam switch
    {
        null => "niet vastgelegd",
        var name when string.IsNullOrWhiteSpace(p.PraktijkbegeleiderFunctie) => name,
        var name => $"{name}, {p.PraktijkbegeleiderFunctie}",
    };

    private static string Address(Leerbedrijf company)
    {
        var place = string.Join(' ', new[] { company.PostalCode?.Replace(' ', '\u00A0'), company.City }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return string.Join(", ", new[] { company.Street, place }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } address ? address : "onbekend";
    }
}
