using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Web.Documents;

namespace Leerwerk.Documents.Tests;

public sealed class SamenwerkingsovereenkomstDocumentTests
{
    [Fact]
    public void Docx_IsValidOpenXmlAndNamedAfterThePartner()
    {
        var file = SamenwerkingsovereenkomstDocument.Render(A.Samenwerking(), A.School(), DownloadFormat.Docx);

        Assert.Empty(Docx.Errors(file.Content));
        Assert.Equal("samenwerkingsovereenkomst-roc-betuwe-vakcollege-2026.docx", file.FileName);
        Assert.Contains("Heading1", Docx.ParagraphStyles(file.Content));
    }

    [Fact]
    public void Docx_Text_FollowsTheModelOfBijlage02WithThePartiesData()
    {
        var text = Docx.Text(SamenwerkingsovereenkomstDocument.Render(A.Samenwerking(), A.School(), DownloadFormat.Docx).Content);

        Assert.Contains("Stichting Voortgezet Onderwijs Rivierenland, bevoegd gezag van Rivierenland College (BRIN\u00A012AB00)", text, StringComparison.Ordinal);
        Assert.Contains("Stichting ROC Betuwe, bevoegd gezag van ROC Betuwe Vakcollege (regionaal opleidingencentrum", text, StringComparison.Ordinal);
        for (var article = 1; article <= 7; article++)
        {
            Assert.Contains($"Artikel {article}. ", text, StringComparison.Ordinal);
        }

        Assert.Contains("doorlopende leerweg tot en met de basisberoepsopleiding", text, StringComparison.Ordinal);
        Assert.Contains("toelatingscommissie", text, StringComparison.Ordinal);
        Assert.Contains("Helpende zorg en welzijn (crebo\u00A025498)", text, StringComparison.Ordinal);
        Assert.Contains("opzegtermijn van zes maanden", text, StringComparison.Ordinal);
        Assert.Contains("surseance van betaling, faillissement", text, StringComparison.Ordinal);
        Assert.Contains("gaat in op 1 augustus 2026 en wordt aangegaan voor de duur van de leer-werktrajecten plus de aansluitende verwante basisberoepsopleiding", text, StringComparison.Ordinal);
        Assert.Contains("Namens Stichting Voortgezet Onderwijs Rivierenland\nNaam:", text, StringComparison.Ordinal);
        Assert.Contains("Namens Stichting ROC Betuwe\nNaam:", text, StringComparison.Ordinal);
        Assert.Contains("Gezamenlijke intake".ToLowerInvariant(), text, StringComparison.Ordinal);
    }

    [Fact]
    public void Docx_ExplicitEnd_StatesThePeriodWithAnEnDash()
    {
        var text = Docx.Text(SamenwerkingsovereenkomstDocument.Render(A.Samenwerking(new DateOnly(2031, 7, 31)), A.School(), DownloadFormat.Docx).Content);

        Assert.Contains("(1 augustus 2026 \u2013 31 juli 2031)", text, StringComparison.Ordinal);
        Assert.DoesNotContain("plus de aansluitende", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_RendersPagesAndText()
    {
        var file = SamenwerkingsovereenkomstDocument.Render(A.Samenwerking(), A.School(), DownloadFormat.Pdf);

        var pages = Poppler.RenderPages(file.Content, "samenwerkingsovereenkomst");
        var text = Poppler.Text(file.Content, "samenwerkingsovereenkomst");

        Assert.Equal("samenwerkingsovereenkomst-roc-betuwe-vakcollege-2026.pdf", file.FileName);
        Assert.True(pages.Count >= 2, $"{pages.Count} pages");
        Assert.All(pages, page => Assert.True(new FileInfo(page).Length > 5_000, $"{page} is {new FileInfo(page).Length} bytes"));
        Assert.Contains("1 augustus 2026", text, StringComparison.Ordinal);
        Assert.Contains("ROC Betuwe Vakcollege", text, StringComparison.Ordinal);
        Assert.Contains("Artikel 7. Duur van de overeenkomst", text, StringComparison.Ordinal);
        Assert.Contains($"pagina {pages.Count} van {pages.Count}", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_SignedThroughLinks_EndsWithTheReportOfBothBevoegdeGezagen()
    {
        var agreement = A.Samenwerking();
        var schoolHash = new string('b', 32) + new string('1', 32);
        var mboHash = new string('c', 32) + new string('2', 32);
        agreement.Ondertekeningen.Add(Signature(Partij.BevoegdGezag, "Karin Smit", new DateTime(2026, 7, 1, 9, 15, 0, DateTimeKind.Utc), schoolHash, "198.51.100.20"));
        agreement.Ondertekeningen.Add(Signature(Partij.MboInstelling, "Ahmed El Amrani", new DateTime(2026, 7, 2, 14, 5, 0, DateTimeKind.Utc), mboHash, "203.0.113.99"));

        var file = SamenwerkingsovereenkomstDocument.Render(agreement, A.School(), DownloadFormat.Pdf);
        var pages = Poppler.RenderPages(file.Content, "samenwerkingsovereenkomst-getekend");
        var raw = Poppler.Text(file.Content, "samenwerkingsovereenkomst-getekend");
        var text = string.Join(' ', raw.Split((char[])[' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries));
        // A 64-character hash may be broken over two lines of the PDF: compare it without any white space.
        var compact = string.Concat(raw.Where(c => !char.IsWhiteSpace(c)));

        Assert.True(pages.Count >= 3, $"{pages.Count} pages");
        Assert.All(pages, page => Assert.True(new FileInfo(page).Length > 5_000, $"{page} is {new FileInfo(page).Length} bytes"));
        Assert.Contains(Ondertekeningsverslag.Heading, text, StringComparison.Ordinal);
        Assert.Contains("Karin Smit, namens het bevoegd gezag van de school: op 1 juli 2026 om", text, StringComparison.Ordinal);
        Assert.Contains("Ahmed El Amrani, namens", text, StringComparison.Ordinal);
        Assert.Contains("op 2 juli 2026 om", text, StringComparison.Ordinal);
        Assert.Contains("vanaf IP-adres 198.51.100.20", text, StringComparison.Ordinal);
        Assert.Contains("vanaf IP-adres 203.0.113.99", text, StringComparison.Ordinal);
        Assert.Contains(schoolHash, compact, StringComparison.Ordinal);
        Assert.Contains(mboHash, compact, StringComparison.Ordinal);
        Assert.Contains("zonder het deel \u201cOndertekening\u201d", text, StringComparison.Ordinal);
    }

    private static Ondertekening Signature(Partij partij, string name, DateTime at, string hash, string ip) => new()
    {
        SchoolId = 1,
        Partij = partij,
        SignerName = name,
        SignedOn = DateOnly.FromDateTime(at),
        SignedAt = at,
        TextHash = hash,
        IpAddress = ip,
    };
}
