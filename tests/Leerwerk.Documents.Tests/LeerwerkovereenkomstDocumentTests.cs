using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Web.Documents;

namespace Leerwerk.Documents.Tests;

public sealed class LeerwerkovereenkomstDocumentTests
{
    private static readonly DateOnly Today = new(2026, 8, 25);

    [Fact]
    public void Docx_Minor_IsValidOpenXml()
    {
        var file = LeerwerkovereenkomstDocument.Render(A.Leerwerk(), A.School(), Today, DownloadFormat.Docx);

        Assert.Empty(Docx.Errors(file.Content));
        Assert.Equal(DocumentFile.DocxContentType, file.ContentType);
        Assert.Equal("leer-werkovereenkomst-24001-zorgcentrum-de-linde.docx", file.FileName);
    }

    [Fact]
    public void Docx_Text_NamesThePartiesTheLegalBasisAndTheContentOfArticle265()
    {
        var text = Docx.Text(LeerwerkovereenkomstDocument.Render(A.Leerwerk(), A.School(), Today, DownloadFormat.Docx).Content);

        Assert.Contains("Stichting Voortgezet Onderwijs Rivierenland", text, StringComparison.Ordinal);
        Assert.Contains("Zorgcentrum De Linde, Lindelaan 4, 4001\u00A0AB Tiel", text, StringComparison.Ordinal);
        Assert.Contains("Sanne de Vries, geboren op 15 maart 2009", text, StringComparison.Ordinal);
        Assert.Contains(LeerwerkovereenkomstDocument.LegalBasis, text, StringComparison.Ordinal);
        Assert.Contains("art.\u00A02.65", text, StringComparison.Ordinal);
        Assert.Contains("1 september 2026 \u2013 30 juni 2027", text, StringComparison.Ordinal);
        Assert.Contains("558 klokuren", text, StringComparison.Ordinal);
        Assert.Contains("Ellen Bakker (mentor/docentbegeleider)", text, StringComparison.Ordinal);
        Assert.Contains("Henk Jansen, teamleider zorg (praktijkbegeleider)", text, StringComparison.Ordinal);
        foreach (var heading in new[] { "Inhoud", "Leerdoelen", "Duur en periode", "Beoordelingsmaatstaven", "Begeleiding", "Voortijdige beëindiging" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Docx_Rooster_IsATableWithDecimalCommas()
    {
        var text = Docx.Text(LeerwerkovereenkomstDocument.Render(A.Leerwerk(), A.School(), Today, DownloadFormat.Docx).Content);

        Assert.Contains("maandag\n7,5", text, StringComparison.Ordinal);
        Assert.Contains("Totaal per week\n15,5", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_Signatures_FillInWhoAlreadySigned()
    {
        var text = Docx.Text(LeerwerkovereenkomstDocument.Render(A.Leerwerk(), A.School(), Today, DownloadFormat.Docx).Content);

        Assert.Contains("Naam: Karin Smit\nDatum: 20 augustus 2026", text, StringComparison.Ordinal);
        Assert.Contains("De leerling\nNaam: Sanne de Vries\nDatum: ____", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(-1, true)]
    [InlineData(0, false)]
    [InlineData(1, false)]
    public void Docx_AroundThe18thBirthday_HasTheParentsBlockOnlyForAMinor(int daysFromBirthday, bool parentsSign)
    {
        var date = A.EighteenthBirthday.AddDays(daysFromBirthday);

        var text = Docx.Text(LeerwerkovereenkomstDocument.Render(A.Leerwerk(), A.School(), date, DownloadFormat.Docx).Content);

        Assert.Equal(parentsSign, text.Contains("Ouder/wettelijk vertegenwoordiger (moeder)\nNaam: Marieke de Vries", StringComparison.Ordinal));
        Assert.Equal(parentsSign, text.Contains("Marieke de Vries", StringComparison.Ordinal));
        Assert.Contains("De leerling\nNaam: Sanne de Vries", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_Headings_UseRealHeadingStyles()
    {
        var styles = Docx.ParagraphStyles(LeerwerkovereenkomstDocument.Render(A.Leerwerk(), A.School(), Today, DownloadFormat.Docx).Content);

        Assert.Contains("Title", styles);
        Assert.Contains("Heading1", styles);
        Assert.Contains("Heading2", styles);
    }

    [Fact]
    public void Pdf_RendersToNonTrivialPagesWithPageNumbers()
    {
        var file = LeerwerkovereenkomstDocument.Render(A.Leerwerk(), A.School(), Today, DownloadFormat.Pdf);

        var pages = Poppler.RenderPages(file.Content, "leer-werkovereenkomst");

        Assert.Equal(DocumentFile.PdfContentType, file.ContentType);
        Assert.Equal("leer-werkovereenkomst-24001-zorgcentrum-de-linde.pdf", file.FileName);
        Assert.True(pages.Count >= 2, $"{pages.Count} pages");
        Assert.All(pages, page => Assert.True(new FileInfo(page).Length > 5_000, $"{page} is {new FileInfo(page).Length} bytes"));
        Assert.Contains($"pagina 1 van {pages.Count}", Poppler.Text(file.Content, "leer-werkovereenkomst"), StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_Text_HasDutchDatesDecimalCommasAndNames()
    {
        var text = Poppler.Text(LeerwerkovereenkomstDocument.Render(A.Leerwerk(), A.School(), Today, DownloadFormat.Pdf).Content, "leer-werkovereenkomst-tekst");

        Assert.Contains("1 september 2026", text, StringComparison.Ordinal);
        Assert.Contains("7,5", text, StringComparison.Ordinal);
        Assert.Contains("15,5", text, StringComparison.Ordinal);
        Assert.Contains("Sanne de Vries", text, StringComparison.Ordinal);
        Assert.Contains("Zorgcentrum De Linde", text, StringComparison.Ordinal);
        Assert.Contains("Marieke de Vries", text, StringComparison.Ordinal);
        Assert.Contains("artikel 2.103, zesde lid", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_Adult_HasNoParentsBlock()
    {
        var text = Poppler.Text(LeerwerkovereenkomstDocument.Render(A.Leerwerk(), A.School(), A.EighteenthBirthday, DownloadFormat.Pdf).Content, "leer-werkovereenkomst-volwassen");

        Assert.DoesNotContain("Marieke de Vries", text, StringComparison.Ordinal);
        Assert.Contains("Sanne de Vries", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_LongText_RunsOntoMorePagesEachNumbered()
    {
        var agreement = A.Leerwerk();
        agreement.Inhoud = string.Join(' ', Enumerable.Repeat("De leerling helpt bij de verzorging van bewoners en leert daarbij de werkwijze van het team kennen.", 150));

        var file = LeerwerkovereenkomstDocument.Render(agreement, A.School(), Today, DownloadFormat.Pdf);
        var pages = Poppler.RenderPages(file.Content, "leer-werkovereenkomst-lang");
        var text = Poppler.Text(file.Content, "leer-werkovereenkomst-lang");

        Assert.True(pages.Count >= 4, $"{pages.Count} pages");
        for (var page = 1; page <= pages.Count; page++)
        {
            Assert.Contains($"pagina {page} van {pages.Count}", text, StringComparison.Ordinal);
        }

        Assert.Contains(LeerwerkovereenkomstDocument.LegalBasis[..40], text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_SignaturePage_ListsEachSignatureWithTimePartyNameIpAndHash_AndMarksAPaperOne()
    {
        var agreement = A.Leerwerk();
        var hash = new string('a', 32) + new string('0', 32);
        agreement.Ondertekeningen.Add(new Ondertekening
        {
            SchoolId = 1,
            Partij = Partij.Leerbedrijf,
            SignerName = "Henk Jansen",
            SignedOn = new DateOnly(2026, 8, 21),
            SignedAt = new DateTime(2026, 8, 21, 12, 34, 56, DateTimeKind.Utc),
            TextHash = hash,
            IpAddress = "203.0.113.7",
        });

        var file = LeerwerkovereenkomstDocument.Render(agreement, A.School(), Today, DownloadFormat.Pdf);
        var pages = Poppler.RenderPages(file.Content, "leer-werkovereenkomst-getekend");
        var text = string.Join(' ', Poppler.Text(file.Content, "leer-werkovereenkomst-getekend").Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));

        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.Contains("Verslag van de ondertekening", text, StringComparison.Ordinal);
        Assert.Contains("Henk Jansen, namens het leerbedrijf: op 21 augustus 2026 om", text, StringComparison.Ordinal);
        Assert.Contains("vanaf IP-adres 203.0.113.7", text, StringComparison.Ordinal);
        Assert.Contains(hash, text, StringComparison.Ordinal);
        Assert.Contains("Karin Smit, namens het bevoegd gezag van de school: op 20 augustus 2026, op papier getekend; met de hand vastgelegd door de school", text, StringComparison.Ordinal);
    }
}
