using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Documents;

namespace Leerwerk.Documents.Tests;

/// <summary>The school's visiting address, its signatory and the student's home address in both agreements.</summary>
public sealed class AdresInDocumentenTests
{
    private static readonly DateOnly Today = new(2026, 8, 25);

    private static School SchoolMetAdres()
    {
        var school = A.School();
        school.Street = "Rivierenlaan";
        school.HouseNumber = "12";
        school.PostalCode = "4001 AB";
        school.SignatoryName = "drs. H. van Leeuwen";
        school.SignatoryFunction = "voorzitter college van bestuur";
        return school;
    }

    private static Leerwerkovereenkomst MetWoonadres()
    {
        var agreement = A.Leerwerk();
        agreement.Leerling!.Street = "Waalstraat";
        agreement.Leerling.HouseNumber = "3b";
        agreement.Leerling.PostalCode = "4002 CD";
        agreement.Leerling.City = "Tiel";
        return agreement;
    }

    [Fact]
    public void Leerwerkovereenkomst_Docx_ShowsSchoolAndStudentAddress()
    {
        var text = Docx.Text(LeerwerkovereenkomstDocument.Render(MetWoonadres(), SchoolMetAdres(), Today, DownloadFormat.Docx).Content);

        Assert.Contains("bevoegd gezag van Rivierenland College (BRIN\u00A012AB00), Rivierenlaan 12, 4001\u00A0AB Tiel, hierna: de school", text, StringComparison.Ordinal);
        Assert.Contains("Sanne de Vries, geboren op 15 maart 2009, wonend Waalstraat 3b, 4002\u00A0CD Tiel, leerlingnummer", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Leerwerkovereenkomst_NotSignedYetForTheSchool_NamesTheSignatoryOfTheBevoegdGezag()
    {
        var agreement = MetWoonadres();
        agreement.Ondertekeningen.Clear();

        var text = Docx.Text(LeerwerkovereenkomstDocument.Render(agreement, SchoolMetAdres(), Today, DownloadFormat.Docx).Content);

        Assert.Contains("Namens de school: Stichting Voortgezet Onderwijs Rivierenland\nNaam: drs. H. van Leeuwen, voorzitter college van bestuur", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Leerwerkovereenkomst_SignedForTheSchool_NamesWhoSigned()
    {
        var text = Docx.Text(LeerwerkovereenkomstDocument.Render(MetWoonadres(), SchoolMetAdres(), Today, DownloadFormat.Docx).Content);

        Assert.Contains("Namens de school: Stichting Voortgezet Onderwijs Rivierenland\nNaam: Karin Smit", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Leerwerkovereenkomst_Pdf_ShowsSchoolAndStudentAddress()
    {
        var text = Poppler.Text(LeerwerkovereenkomstDocument.Render(MetWoonadres(), SchoolMetAdres(), Today, DownloadFormat.Pdf).Content, "leer-werkovereenkomst-adres");

        Assert.Contains("Rivierenlaan 12", text, StringComparison.Ordinal);
        Assert.Contains("Waalstraat 3b", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Leerwerkovereenkomst_NoAddressesKept_ShowsOnlyTheCity()
    {
        var text = Docx.Text(LeerwerkovereenkomstDocument.Render(A.Leerwerk(), A.School(), Today, DownloadFormat.Docx).Content);

        Assert.Contains("(BRIN\u00A012AB00), gevestigd te Tiel, hierna: de school", text, StringComparison.Ordinal);
        Assert.Contains("Sanne de Vries, geboren op 15 maart 2009, leerlingnummer", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Samenwerkingsovereenkomst_Docx_ShowsSchoolAddressAndSignatory()
    {
        var text = Docx.Text(SamenwerkingsovereenkomstDocument.Render(A.Samenwerking(), SchoolMetAdres(), DownloadFormat.Docx).Content);

        Assert.Contains("(BRIN\u00A012AB00), Rivierenlaan 12, 4001\u00A0AB Tiel, hierna: de school voor vo", text, StringComparison.Ordinal);
        Assert.Contains("Namens Stichting Voortgezet Onderwijs Rivierenland\nNaam: drs. H. van Leeuwen, voorzitter college van bestuur", text, StringComparison.Ordinal);
    }
}
