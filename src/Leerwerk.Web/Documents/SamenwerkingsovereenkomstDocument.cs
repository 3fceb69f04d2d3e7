using Leerwerk.Domain;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;

namespace Leerwerk.Web.Documents;

/// <summary>
/// The samenwerkingsovereenkomst vmbo–mbo after the model of the brochure's bijlage 02, articles
/// numbered as there, filled in with the parties' data (WVO 2020 art. 2.104; rules A3, A4, B8, G5).
/// </summary>
public static class SamenwerkingsovereenkomstDocument
{
    public static DocumentFile Render(Samenwerkingsovereenkomst agreement, School school, DownloadFormat format)
    {
        var text = Text(agreement, school);
        return DocumentFile.Render(text, format, "samenwerkingsovereenkomst", agreement.MboInstelling!.Name, agreement.StartDate.Year.ToString(Nl.Culture));
    }

    public static DocumentText Text(Samenwerkingsovereenkomst agreement, School school)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(school);
        var mbo = agreement.MboInstelling ?? throw new ArgumentException("Load the MboInstelling first.", nameof(agreement));
        var blocks = new List<DocumentBlock>
        {
            new HeadingBlock("Partijen"),
            new ParagraphBlock(PartyText.School(school) + ", hierna: de school voor vo;", "1."),
            new ParagraphBlock($"{mbo.BevoegdGezag}, bevoegd gezag van {mbo.Name} ({Soort(mbo.Soort)}{Brin(mbo.Brin)}){PartyText.Place(mbo.City)}, hierna: de instelling voor beroepsonderwijs,", "2."),
            new ParagraphBlock("verklaren te zijn overeengekomen:"),
            new HeadingBlock("Artikel 1. Begripsbepalingen", 2),
            new ParagraphBlock("Verwante basisberoepsopleiding: de basisberoepsopleiding, waarvan de competenties of eindtermen aansluiten bij het beroepsvoorbereidend vak, het Nederlands, de ICT en de voorbereiding op het maatschappelijk functioneren in het onderwijsprogramma van het leer-werktraject en waarvan het praktijkgedeelte gevolgd kan worden op de buitenschoolse leerwerkplek van het leer-werktraject.", "1."),
            new ParagraphBlock("Maatwerktraject: het leer-werktraject, waaraan een zodanig beroepsvoorbereidend vak, Nederlands, ICT of voorbereiding op het maatschappelijk functioneren wordt toegevoegd, dat doorstroom tot een verwante basisberoepsopleiding mogelijk wordt.", "2."),
            new HeadingBlock("Artikel 2. Samenwerking, doel", 2),
            new ParagraphBlock("Partijen geven vorm aan een goede programmatische aansluiting tussen de leer-werktrajecten in het vmbo en de verwante basisberoepsopleidingen, zodanig dat een goede doorstroom van leerlingen mogelijk wordt.", "1."),
            new ParagraphBlock("Partijen werken samen voor de gehele periode van de aanvang van het leer-werktraject tot aan het behalen van een startkwalificatie.", "2."),
        };
        if (agreement.CoversDoorlopendeLeerweg)
        {
            blocks.Add(new ParagraphBlock("Deze overeenkomst voorziet in een doorlopende leerweg tot en met de basisberoepsopleiding (art.\u00A02.104 WVO 2020). De school voor vo en de instelling voor beroepsonderwijs zijn gezamenlijk verantwoordelijk voor de leerling tot het behalen van een startkwalificatie.", "3."));
        }

        blocks.AddRange(
        [
            new HeadingBlock("Artikel 3. Samenwerking, onderwerpen", 2),
            new ParagraphBlock("Op de school voor vo functioneert een toelatingscommissie voor toelating tot een leer-werktraject. De toelatingscommissie besluit in samenwerking met de instelling voor beroepsonderwijs over de criteria waarop tot toelating kan worden besloten tot het 4-jarig traject richting startkwalificatie, rekening houdend met de technische en organisatorische capaciteit van de instelling voor beroepsonderwijs." + Commissie(agreement.Toelatingscommissie), "1."),
            new ParagraphBlock("Partijen werken samen op ieder van de onderwerpen, die in de bijlage \u201Conderwerpen samenwerking\u201D zijn genoemd.", "2."),
            new ParagraphBlock("Partijen voeren zo mogelijk het onderwijs, de leerlingbegeleiding en de examinering in het beroepsvoorbereidend vak en in de eindtermen van de basisberoepsopleiding gezamenlijk uit.", "3."),
            new ParagraphBlock("Partijen volgen gezamenlijk de leerlingen, die deelnemen aan een leer-werktraject en de verwante basisberoepsopleiding.", "4."),
            new HeadingBlock("Artikel 4. Examinering leer-werktraject en toelating tot verwante basisberoepsopleiding", 2),
            new ParagraphBlock("Als een leerling in overeenstemming met de gestelde criteria tot een leer-werktraject is toegelaten en hij vervolgens het leer-werktraject geheel volgens het onderwijsprogramma volgt en met gunstig gevolg afsluit, verkrijgt hij een vmbo-diploma leer-werktraject, dat toegang geeft tot de verwante basisberoepsopleiding bij de instelling voor beroepsonderwijs.", "1."),
            new ParagraphBlock(VerwanteOpleidingen(agreement.VerwanteOpleidingen), "2."),
            new HeadingBlock("Artikel 5. Recht van een leerling", 2),
            new ParagraphBlock("Partijen garanderen ten opzichte van een leerling de zorgvuldige uitvoering van artikel 4.", "1."),
            new HeadingBlock("Artikel 6. Financiën en inzet van middelen", 2),
            new ParagraphBlock("Partijen maken naar gelijke maatstaf een begroting van de benodigde personele en materiële inzet van middelen om de samenwerking tot een succes te maken, waaronder de personele en materiële inzet om leer-werktrajecten van de aanvang tot aan het bereiken van de startkwalificatie uit te voeren.", "1."),
            new ParagraphBlock("Partijen besluiten op basis van de begroting, op basis van de beschikbare middelen van de rijksoverheid voor leer-werktrajecten en op basis van de bereidheid van leerbedrijven om een leer-werkovereenkomst, gevolgd door een praktijkovereenkomst aan te gaan, over de omvang waarin de samenwerkingsovereenkomst zal worden uitgevoerd.", "2."),
            new ParagraphBlock("Partijen verdelen toegekende middelen naar gelang de inzet, volgens de criteria in de begroting, en verantwoorden de besteding van de middelen volgens de OCW-richtlijnen financiële verslaggeving die op de betreffende partij van toepassing is.", "3."),
            new HeadingBlock("Artikel 7. Duur van de overeenkomst", 2),
            new ParagraphBlock(Duur(agreement), "1."),
            new ParagraphBlock($"De samenwerkingsovereenkomst eindigt tussentijds door opzegging met een opzegtermijn van {Months(Samenwerkingsovereenkomst.NoticeMonths)} maanden.", "2."),
            new ParagraphBlock("De samenwerkingsovereenkomst eindigt zonder opzegging met onmiddellijke ingang als een van beide partijen in de toestand van surseance van betaling, faillissement of daarmee gelijkstaande situatie komt te verkeren.", "3."),
            new HeadingBlock("Ondertekening"),
            new ParagraphBlock("In tweevoud opgemaakt en getekend door:"),
            Signature(agreement, Partij.BevoegdGezag, $"Namens {school.BevoegdGezag}", PartyText.Signatory(school)),
            Signature(agreement, Partij.MboInstelling, $"Namens {mbo.BevoegdGezag}", Blank(mbo.SignatoryName)),
            new HeadingBlock("Bijlage: onderwerpen samenwerking", StartsNewPage: true),
            new ParagraphBlock(PartyText.OrOpen(agreement.OnderwerpenSamenwerking)),
        ]);
        blocks.AddRange(Ondertekeningsverslag.Blocks(agreement.Ondertekeningen, "zonder het deel \u201cOndertekening\u201d"));
        return new DocumentText("Samenwerkingsovereenkomst", $"{Onderwerp(agreement.Soort)} \u2013 {school.Name} en {mbo.Name}", blocks);
    }

    /// <summary>Who signed for the party through the app, else the signatory on record (or an open line).</summary>
    private static SignatureBlock Signature(Samenwerkingsovereenkomst agreement, Partij partij, string title, string? name)
    {
        var signature = agreement.Ondertekeningen.Where(o => o.Partij == partij).OrderBy(o => o.SignedOn).FirstOrDefault();
        return new SignatureBlock(title, signature?.SignerName ?? name, signature?.SignedOn);
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static string Duur(Samenwerkingsovereenkomst agreement) => agreement.EndDate is { } end
        ? $"De samenwerkingsovereenkomst gaat in op {Nl.Date(agreement.StartDate)} en wordt aangegaan tot en met {Nl.Date(end)} ({Nl.Date(agreement.StartDate)} \u2013 {Nl.Date(end)})."
        : $"De samenwerkingsovereenkomst gaat in op {Nl.Date(agreement.StartDate)} en wordt aangegaan voor de duur van de leer-werktrajecten plus de aansluitende verwante basisberoepsopleiding.";

    private static string VerwanteOpleidingen(List<VerwanteOpleiding> opleidingen) => opleidingen.Count == 0
        ? "Partijen leggen de verwante basisberoepsopleidingen vast in de bijlage \u201Conderwerpen samenwerking\u201D."
        : "Als verwante basisberoepsopleidingen gelden:\n" + string.Join('\n', opleidingen.OrderBy(o => o.Crebo, StringComparer.Ordinal).Select(o => $"\u2013 {o.Name} (crebo\u00A0{o.Crebo})"));

    private static string Commissie(string? toelatingscommissie) =>
        string.IsNullOrWhiteSpace(toelatingscommissie) ? string.Empty : $"\nSamenstelling en criteria: {toelatingscommissie.Trim()}";

    private static string Brin(string? brin) => string.IsNullOrWhiteSpace(brin) ? string.Empty : $", BRIN\u00A0{brin}";

    private static string Months(int months) => months == 6 ? "zes" : months.ToString(Nl.Culture);

    private static string Soort(MboSoort soort) => soort switch
    {
        MboSoort.Roc => "regionaal opleidingencentrum",
        MboSoort.Aoc => "agrarisch opleidingscentrum",
        MboSoort.Vakinstelling => "vakinstelling",
    };

    private static string Onderwerp(SamenwerkingSoort soort) => soort switch
    {
        SamenwerkingSoort.LeerWerktraject => "Leer-werktraject basisberoepsgerichte leerweg vmbo",
        SamenwerkingSoort.DoorlopendeLeerroute => "Doorlopende leerroute vmbo\u2013mbo",
        SamenwerkingSoort.GeintegreerdeLeerroute => "Geïntegreerde leerroute vmbo\u2013mbo",
    };
}
