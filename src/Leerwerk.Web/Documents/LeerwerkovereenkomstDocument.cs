using Leerwerk.Domain;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;

namespace Leerwerk.Web.Documents;

/// <summary>
/// The leer-werkovereenkomst of one placement with everything UB WVO 2020 art. 2.65 asks for (rule E7),
/// the weekly rooster, and a signature block per party; the parents sign only for a minor (rule E6).
/// </summary>
public static class LeerwerkovereenkomstDocument
{
    public const string LegalBasis = "Deze overeenkomst is gesloten op grond van artikel 2.103, zesde lid, van de Wet voortgezet onderwijs 2020 en artikel 2.65 van het Uitvoeringsbesluit WVO 2020.";

    private static readonly DayOfWeek[] Weekdays = [DayOfWeek.Monday, DayOfWeek.Tuesday, DayOfWeek.Wednesday, DayOfWeek.Thursday, DayOfWeek.Friday];

    /// <summary>Renders the agreement; <c>documentDate</c> is the date of the document and decides whether the student is a minor.</summary>
    public static DocumentFile Render(Leerwerkovereenkomst agreement, School school, DateOnly documentDate, DownloadFormat format)
    {
        var text = Text(agreement, school, documentDate);
        return DocumentFile.Render(text, format, "leer-werkovereenkomst", agreement.Leerling!.Leerlingnummer, agreement.Leerbedrijf!.Name);
    }

    public static DocumentText Text(Leerwerkovereenkomst agreement, School school, DateOnly documentDate)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(school);
        var student = agreement.Leerling ?? throw new ArgumentException("Load the Leerling first.", nameof(agreement));
        var company = agreement.Leerbedrijf ?? throw new ArgumentException("Load the Leerbedrijf first.", nameof(agreement));
        var minor = student.IsMinorOn(documentDate);
        var period = $"{Nl.Date(agreement.StartDate)} \u2013 {Nl.Date(agreement.EndDate)}";

        var blocks = new List<DocumentBlock>
        {
            new HeadingBlock("Partijen"),
            new ParagraphBlock(PartyText.School(school) + ", hierna: de school;", "1."),
            new ParagraphBlock($"{company.Name}, {Address(company.Street, company.PostalCode, company.City)}, KvK-nummer {company.KvkNumber}, hierna: het leerbedrijf;", "2."),
            new ParagraphBlock($"{student.FullName}, geboren op {Nl.Date(student.BirthDate)}{Lives(student)}, leerlingnummer {student.Leerlingnummer}, hierna: de leerling" + (minor ? ";" : ","), "3."),
        };
        if (minor)
        {
            blocks.Add(new ParagraphBlock(Representatives(student) + ", als wettelijk vertegenwoordiger(s) van de minderjarige leerling,", "4."));
        }

        blocks.AddRange(
        [
            new ParagraphBlock($"sluiten deze leer-werkovereenkomst voor het buitenschoolse praktijkgedeelte (de stage) van het leer-werktraject van de leerling. De inhoud volgt art.\u00A02.65 UB WVO 2020."),
            new HeadingBlock("Artikel 1. Inhoud van de stage", 2),
            new ParagraphBlock(PartyText.OrOpen(agreement.Inhoud)),
            new HeadingBlock("Artikel 2. Leerdoelen", 2),
            new ParagraphBlock(PartyText.OrOpen(agreement.Leerdoelen)),
            new HeadingBlock("Artikel 3. Duur en periode", 2),
            new ParagraphBlock($"De stage loopt van {Nl.Date(agreement.StartDate)} tot en met {Nl.Date(agreement.EndDate)} ({period}) en omvat in totaal {Nl.Amount(agreement.PlannedHours)} klokuren.", "1."),
            new ParagraphBlock($"De leerling is volgens dit rooster {Nl.Number(agreement.Rooster.DaysPerWeek)} dag(en) per week op het leerbedrijf, {Nl.Number(agreement.Rooster.HoursPerWeek)} uur per week:", "2."),
            Rooster(agreement.Rooster),
            new HeadingBlock("Artikel 4. Beoordelingsmaatstaven", 2),
            new ParagraphBlock(PartyText.OrOpen(agreement.Beoordelingsmaatstaven)),
            new HeadingBlock("Artikel 5. Begeleiding", 2),
            new ParagraphBlock($"Namens de school begeleidt {agreement.MentorName ?? "de mentor"} (mentor/docentbegeleider) de leerling en volgt de voortgang op de werkplek en de samenhang met het leren op school.", "1."),
            new ParagraphBlock($"Namens het leerbedrijf begeleidt {Supervisor(agreement)} (praktijkbegeleider) de leerling en houdt contact met de mentor.", "2."),
            new ParagraphBlock(PartyText.OrOpen(agreement.Begeleiding), "3."),
            new HeadingBlock("Artikel 6. Voortijdige beëindiging", 2),
            new ParagraphBlock(PartyText.OrOpen(agreement.VoortijdigeBeeindiging)),
            new HeadingBlock("Artikel 7. Wettelijke grondslag", 2),
            new ParagraphBlock(LegalBasis),
            new HeadingBlock("Ondertekening"),
            new ParagraphBlock($"Aldus overeengekomen en ondertekend; datum van dit document: {Nl.Date(documentDate)}."),
            SchoolSignature(agreement, school),
            Signature(agreement, Partij.Leerbedrijf, $"Namens het leerbedrijf: {company.Name}", null),
            Signature(agreement, Partij.Leerling, "De leerling", student.FullName),
        ]);
        if (minor)
        {
            blocks.AddRange(student.Vertegenwoordigers.Count == 0
                ? [new SignatureBlock("Ouder/wettelijk vertegenwoordiger", null, null)]
                : student.Vertegenwoordigers.Select(v => Signature(agreement, Partij.WettelijkVertegenwoordiger, $"Ouder/wettelijk vertegenwoordiger{Relation(v.Relation)}", v.Name)));
        }

        blocks.AddRange(Ondertekeningsverslag.Blocks(agreement.Ondertekeningen, "tot aan \u201cOndertekening\u201d"));
        return new DocumentText("Leer-werkovereenkomst", $"{student.FullName} bij {company.Name}, {period}", blocks);
    }

    private static TableBlock Rooster(Rooster rooster)
    {
        var rows = Weekdays
            .Select(day => (IReadOnlyList<string>)[Nl.Culture.DateTimeFormat.GetDayName(day), Nl.Number(rooster.HoursOn(day))])
            .Append(["Totaal per week", Nl.Number(rooster.HoursPerWeek)])
            .ToList();
        return new TableBlock(["Dag", "Uren"], rows, HasTotalRow: true);
    }

    private static SignatureBlock Signature(Leerwerkovereenkomst agreement, Partij partij, string title, string? name)
    {
        var signature = agreement.Ondertekeningen
            .Where(o => o.Partij == partij && (name is null || o.SignerName == name))
            .OrderBy(o => o.SignedOn)
            .FirstOrDefault();
        return new SignatureBlock(title, signature?.SignerName ?? name, signature?.SignedOn);
    }

    /// <summary>The bevoegd gezag signs by whoever signed, else by the signatory the school recorded.</summary>
    private static SignatureBlock SchoolSignature(Leerwerkovereenkomst agreement, School school)
    {
        var block = Signature(agreement, Partij.BevoegdGezag, $"Namens de school: {school.BevoegdGezag}", null);
        return block.Name is null ? block with { Name = PartyText.Signatory(school) } : block;
    }

    private static string Lives(Leerling student) =>
        student.Woonadres() is { Regel.Length: > 0 } adres ? $", wonend {PartyText.Address(adres)}" : string.Empty;

    private static string Supervisor(Leerwerkovereenkomst agreement) => agreement.Praktijkbegeleider switch
    {
        null => "de praktijkbegeleider",
        { Function: { Length: > 0 } function } supervisor => $"{supervisor.Name}, {function}",
        var supervisor => supervisor.Name,
    };

    private static string Representatives(Leerling student) => student.Vertegenwoordigers.Count == 0
        ? "De ouder(s) of wettelijk vertegenwoordiger(s) van de leerling"
        : string.Join(" en ", student.Vertegenwoordigers.Select(v => v.Name + Relation(v.Relation)));

    private static string Relation(string? relation) => string.IsNullOrWhiteSpace(relation) ? string.Empty : $" ({relation})";

    private static string Address(string? street, string? postalCode, string? city)
    {
        // A postcode is not split over two lines: "4001 AB" gets a non-breaking space.
        var place = string.Join(' ', new[] { postalCode?.Replace(' ', '\u00A0'), city }.Where(p => !string.IsNullOrWhiteSpace(p)));
        return string.Join(", ", new[] { street, place }.Where(p => !string.IsNullOrWhiteSpace(p))) is { Length: > 0 } address
            ? address
            : "adres onbekend";
    }
}
