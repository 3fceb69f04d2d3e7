using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Web.Documents;
using Leerwerk.Web.Documents.Cijferlijst;

namespace Leerwerk.Documents.Tests;

/// <summary>The cijferlijst PDF (issue 15 item 6), rendered with pdftoppm and read back with pdftotext.</summary>
public sealed class CijferlijstDocumentTests
{
    private static readonly DateOnly UitslagDatum = new(2027, 6, 16);

    private static Leerling Student(string nummer, string voornaam) => new()
    {
        Id = 9,
        SchoolId = 1,
        Leerlingnummer = nummer,
        FirstName = voornaam,
        LastName = "Visser",
        BirthDate = new DateOnly(2011, 3, 15),
        Leerweg = Leerweg.Bb,
        Leerjaar = 4,
        ProfielCode = "ZW",
    };

    private static KandidaatVak Vak(string naam, VakSoort soort, decimal se, decimal? ce = null, VakDeel? deel = null) => new(naam, soort, deel, se, ce);

    /// <summary>An LWT candidate with five keuzevakken: 5, 5, 2, 6, 6 passes only without the 2, which is left off the list.</summary>
    private static Cijferlijst Lwt()
    {
        var kandidaat = new Kandidaat("24001", UitslagRegeling.Lwt,
        [
            Vak("Nederlands", VakSoort.Nederlands, 6.5m, 6.1m),
            Vak("Profielvak zorg en welzijn", VakSoort.Profielvak, 6.8m, 7.2m),
            Vak("Mens en gezondheid", VakSoort.Keuzevak, 5m),
            Vak("Welzijn kind en jongere", VakSoort.Keuzevak, 5m),
            Vak("Ondersteunen bij sport en bewegen", VakSoort.Keuzevak, 2m),
            Vak("Assisteren in de gezondheidszorg", VakSoort.Keuzevak, 6m),
            Vak("Facilitaire dienstverlening", VakSoort.Keuzevak, 6m),
            Vak("Rekenen", VakSoort.Rekenen, 5.8m),
        ]);
        return Cijferlijst.From(A.School(), Student("24001", "Noor"), kandidaat, UitslagBepaling.Bepaal(kandidaat), UitslagDatum, vastgesteld: true);
    }

    private static Cijferlijst Bb()
    {
        var kandidaat = new Kandidaat("24002", UitslagRegeling.Bb,
        [
            Vak("Nederlands", VakSoort.Nederlands, 6.4m, 6.2m),
            Vak("Engels", VakSoort.Engels, 6.1m, 6.3m),
            Vak("Maatschappijleer", VakSoort.Maatschappijleer, 7m),
            Vak("Biologie", VakSoort.Avo, 6.5m, 6.1m, VakDeel.Profieldeel),
            Vak("Wiskunde", VakSoort.Wiskunde, 6.2m, 6.0m, VakDeel.Profieldeel),
            Vak("Profielvak zorg en welzijn", VakSoort.Profielvak, 6.8m, 6.6m),
            Vak("Mens en gezondheid", VakSoort.Keuzevak, 6m),
            Vak("Welzijn kind en jongere", VakSoort.Keuzevak, 6m),
            Vak("Assisteren in de gezondheidszorg", VakSoort.Keuzevak, 7m),
            Vak("Facilitaire dienstverlening", VakSoort.Keuzevak, 6m),
        ], Beoordeling.Voldoende, Beoordeling.Goed);
        return Cijferlijst.From(A.School(), Student("24002", "Daan"), kandidaat, UitslagBepaling.Bepaal(kandidaat), UitslagDatum);
    }

    [Fact]
    public void Pdf_LwtCandidate_OnePageWithSchoolStudentGradesCombinatiecijferRekenenAndDate()
    {
        var file = CijferlijstDocument.Render(Lwt());

        var pages = Poppler.RenderPages(file.Content, "cijferlijst-lwt");
        var text = Poppler.Text(file.Content, "cijferlijst-lwt");

        Assert.Equal("cijferlijst-24001.pdf", file.FileName);
        Assert.Equal(DocumentFile.PdfContentType, file.ContentType);
        var page = Assert.Single(pages);
        Assert.True(new FileInfo(page).Length > 5_000, $"{page} is {new FileInfo(page).Length} bytes");
        Assert.Contains("Rivierenland College (BRIN 12AB)", text, StringComparison.Ordinal);
        Assert.Contains("Noor Visser, geboren 15 maart 2011, leerlingnummer 24001", text, StringComparison.Ordinal);
        // The diploma line wraps; compare it with the layout's spaces and line breaks made single spaces.
        Assert.Contains("Diploma: diploma vmbo basisberoepsgerichte leerweg / leer-werktraject (WVO 2020 art. 2.58 lid 2 sub b)",
            System.Text.RegularExpressions.Regex.Replace(text, @"\s+", " "), StringComparison.Ordinal);
        Assert.Matches(@"Nederlands\s+6,5\s+6,1\s+6\n", text);
        Assert.Matches(@"Profielvak zorg en welzijn\s+6,8\s+7,2\s+7\n", text);
        Assert.Matches(@"Mens en gezondheid\s+5\s+5\n", text);
        Assert.Matches(@"Combinatiecijfer\s+6\n", text);
        Assert.Contains("Rekenen (schoolexamen): 5,8; het cijfer telt niet mee voor de uitslag (UB WVO 2020 art. 10.3).", text, StringComparison.Ordinal);
        Assert.Contains("Uitslag: geslaagd", text, StringComparison.Ordinal);
        Assert.Contains("Datum van de uitslag: 16 juni 2027", text, StringComparison.Ordinal);
        // The keuzevak the engine left out (D-BOVENTALLIG) is not on the list.
        Assert.DoesNotContain("Ondersteunen bij sport en bewegen", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_BbCandidate_BbDiplomaNoRekenenNeededWithWiskunde()
    {
        var text = Poppler.Text(CijferlijstDocument.Render(Bb()).Content, "cijferlijst-bb");

        Assert.Contains("Diploma: diploma vmbo basisberoepsgerichte leerweg\n", text, StringComparison.Ordinal);
        // Not vastgesteld yet: the list gives the state of its day, not a date of the uitslag.
        Assert.Contains("Datum van de uitslag: nog niet vastgesteld; stand op 16 juni 2027.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("leer-werktraject", text, StringComparison.Ordinal);
        Assert.Matches(@"Maatschappijleer\s+7\s+7\n", text);
        Assert.Matches(@"Wiskunde\s+6,2\s+6\s+6\n", text);
        Assert.Matches(@"Combinatiecijfer\s+6\n", text);
        Assert.Contains("geen schoolexamen rekenen nodig: examen in wiskunde", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_Cohort_APagePerCandidateEachStartingWithItsName()
    {
        var file = CijferlijstDocument.RenderCohort([Lwt(), Bb()], UitslagDatum);

        var pages = Poppler.RenderPages(file.Content, "cijferlijsten");
        var text = Poppler.Text(file.Content, "cijferlijsten");

        Assert.Equal("cijferlijsten-16-juni-2027.pdf", file.FileName);
        Assert.Equal(2, pages.Count);
        var perPage = text.Split('\f');
        Assert.Contains("Noor Visser (24001)", perPage[0], StringComparison.Ordinal);
        Assert.Contains("Daan Visser (24002)", perPage[1], StringComparison.Ordinal);
        Assert.Contains("pagina 2 van 2", perPage[1], StringComparison.Ordinal);
    }
}
