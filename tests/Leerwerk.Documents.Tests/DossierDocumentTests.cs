using Leerwerk.Domain.Doorstroom;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren;
using Leerwerk.Web.Documents;
using Leerwerk.Web.Documents.Dossier;
using DossierModel = Leerwerk.Domain.Dossiers.Dossier;

namespace Leerwerk.Documents.Tests;

public sealed class DossierDocumentTests
{
    private static readonly DateOnly Today = new(2027, 6, 20);

    private static DossierOverzicht Overzicht(bool withoutNederlands = false)
    {
        var plaatsing = A.Leerwerk();
        var student = plaatsing.Leerling!;
        student.ProfielCode = "ZW";

        // Hours count only under an active, fully signed agreement at a company with an LWT erkenning for the profiel (E4–E6).
        Levensloop.Restore(plaatsing, LeerwerkovereenkomstStatus.Actief);
        plaatsing.Leerbedrijf!.Erkenningen.Add(new Erkenning { SchoolId = 1, ProfielCode = "ZW", IsLwt = true, GrantedOn = new DateOnly(2025, 1, 15) });
        plaatsing.Ondertekeningen.Add(new Ondertekening { SchoolId = 1, Partij = Partij.Leerbedrijf, SignerName = "Henk Jansen", SignedOn = new DateOnly(2026, 8, 24) });
        plaatsing.Ondertekeningen.Add(new Ondertekening { SchoolId = 1, Partij = Partij.WettelijkVertegenwoordiger, SignerName = "Marieke de Vries", SignedOn = new DateOnly(2026, 8, 24) });
        plaatsing.Ondertekeningen.Add(new Ondertekening { SchoolId = 1, Partij = Partij.Leerling, SignerName = "Sanne de Vries", SignedOn = new DateOnly(2026, 8, 24) });
        student.Routes.Add(new RouteBesluit { SchoolId = 1, Route = Leerroute.LeerWerktraject, StartDate = new DateOnly(2025, 8, 25), DecidedBy = "Toelatingscommissie", ConsultedStudentAndParents = true });
        if (!withoutNederlands)
        {
            student.Vakken.Add(new Vak { SchoolId = 1, Name = "Nederlands", Soort = VakSoort.Nederlands, Se = 6.5m, Ce = 6.1m });
        }

        student.Vakken.Add(new Vak { SchoolId = 1, Name = "Zorg en welzijn", Soort = VakSoort.Profielvak, Se = 6.6m });
        student.Vakken.Add(new Vak { SchoolId = 1, Name = "Mens en gezondheid", Soort = VakSoort.Keuzevak, OutsideSchool = true, AssessingTeacher = "mevr. Jansen" });
        student.Vakken.Add(new Vak { SchoolId = 1, Name = "Rekenen", Soort = VakSoort.Rekenen, Se = 5.8m });
        var dossier = new DossierModel
        {
            Leerling = student,
            Samenwerkingsovereenkomsten = [A.Samenwerking()],
            Plaatsingen = [plaatsing],
            Uren = [new StageUrenRegel { SchoolId = 1, LeerlingId = student.Id, LeerwerkovereenkomstId = plaatsing.Id, Date = new DateOnly(2026, 9, 7), Hours = 7.5m, Status = UrenStatus.Goedgekeurd, EnteredBy = "mentor" }],
        };
        var doorstroom = new DoorstroomRecord
        {
            SchoolId = 1,
            MboInstellingName = "ROC Betuwe Vakcollege",
            Opleiding = "Helpende zorg en welzijn",
            Crebo = "25498",
            Niveau = 2,
            MboLeerweg = MboLeerweg.Bbl,
            IsVerwant = true,
            StartDate = new DateOnly(2027, 8, 30),
        };
        return DossierOverzicht.From(dossier, A.School().Name, Today, [doorstroom]);
    }

    [Fact]
    public void Pdf_RendersPagesWithPageNumbersAndFileName()
    {
        var file = DossierDocument.Render(Overzicht());

        var pages = Poppler.RenderPages(file.Content, "dossier");

        Assert.Equal(DocumentFile.PdfContentType, file.ContentType);
        Assert.Equal("dossier-24001.pdf", file.FileName);
        Assert.NotEmpty(pages);
        Assert.All(pages, page => Assert.True(new FileInfo(page).Length > 5_000, $"{page} is {new FileInfo(page).Length} bytes"));
        Assert.Contains($"pagina 1 van {pages.Count}", Poppler.Text(file.Content, "dossier"), StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_Text_HasEverySectionDutchDatesAndTheHours()
    {
        var text = Poppler.Text(DossierDocument.Render(Overzicht()).Content, "dossier-tekst");

        foreach (var heading in new[] { "Bevindingen", "Route en geschiedenis", "Programma", "Overeenkomsten en plaatsingen", "Stage-uren", "Examen", "Doorstroom", "Ouders en contactpersonen" })
        {
            Assert.Contains(heading, text, StringComparison.Ordinal);
        }

        Assert.Contains("stand op 20 juni 2027", text, StringComparison.Ordinal);
        Assert.Contains("25 augustus 2025", text, StringComparison.Ordinal);
        Assert.Contains("7,5 van 640", text, StringComparison.Ordinal);
        Assert.Contains("(crebo 25498)", text, StringComparison.Ordinal);
        Assert.Contains("Marieke de Vries", text, StringComparison.Ordinal);
        Assert.Contains("beoordeeld door mevr. Jansen", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pdf_Findings_MoetFirstWithCitation()
    {
        var overzicht = Overzicht(withoutNederlands: true);
        var text = Poppler.Text(DossierDocument.Render(overzicht).Content, "dossier-bevindingen");

        Assert.Equal(Domain.Rules.RuleKind.Moet, overzicht.Findings[0].Kind);
        Assert.Contains("MOET C1", text, StringComparison.Ordinal);
        Assert.Contains("WVO 2020", text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("MOET C1", StringComparison.Ordinal) < text.IndexOf("MAG C7", StringComparison.Ordinal), "MOET before MAG");
    }
}
