using System.Text;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Leerbedrijven.Import;
using Leerwerk.Domain.Leerlingen.Import;
using Leerwerk.Domain.StageUren;

namespace Leerwerk.Domain.Tests;

/// <summary>
/// Every import refuses a cell with a control character as a whole (all or nothing), naming the row and column with
/// the code <see cref="ImportFoutCode.Stuurteken"/>, as the forms refuse it (<see cref="Stuurtekens"/>).
/// </summary>
public sealed class StuurtekenImportTests
{
    private const string LasHeader = "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;Leerweg;Leerjaar;Profiel;Klas;Mentor;Naam ouder;E-mail ouder;Telefoon ouder";

    [Theory]
    [InlineData("Jan\u000Bde", false, true)]
    [InlineData("Jan\u0001", false, true)]
    [InlineData("Jan\u0085de", false, true)]
    [InlineData("regel 1\nregel 2", false, true)]
    [InlineData("regel 1\r\nregel 2\tmet tab", true, false)]
    [InlineData("regel 1\u0007", true, true)]
    [InlineData("Gewone naam, café", false, false)]
    public void Bevat_RefusesControlCharactersExceptLineBreaksAndTabInNotes(string tekst, bool meerdereRegels, bool bevat)
    {
        Assert.Equal(bevat, Stuurtekens.Bevat(tekst, meerdereRegels));
    }

    [Fact]
    public void LasImport_ControlCharacterInAName_RefusesTheFileNamingRowAndColumn()
    {
        var tekst = string.Join("\r\n", LasHeader,
            "24001;Sanne;de;Vries;12-05-2011;BB;3;Z&W;3B1;D. Bakker;Ilse de Vries;ilse@example.nl;06-12345678",
            "24002;Daan;;Jan\u000Bsen;01-02-2011;BB;3;Z&W;3B1;D. Bakker;;;");

        var lezing = LasImport.Lees(LasCsv.LeesTekst(tekst), new DateOnly(2026, 11, 30));

        Assert.Empty(lezing.Leerlingen);
        var fout = Assert.Single(lezing.Fouten);
        Assert.Equal((3, "achternaam", ImportFoutCode.Stuurteken), (fout.Row, fout.Column?.ToLowerInvariant(), fout.Code));
        Assert.StartsWith("Regel 3, kolom ", fout.Tekst, StringComparison.Ordinal);
        Assert.Contains("stuurteken", fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void UrenCsv_ControlCharacterInTheNote_RefusesTheRow()
    {
        var (rows, errors) = UrenCsv.Parse("leerlingnummer;datum;uren;opmerking\n24001;23-11-2026;7,5;Open\u0001dag\n24002;24-11-2026;8;\n");

        var fout = Assert.Single(errors);
        Assert.Equal((2, "opmerking", ImportFoutCode.Stuurteken), (fout.Row, fout.Column, fout.Code));
        Assert.DoesNotContain(rows, r => r.Row == 2);
    }

    [Fact]
    public void ErkendeBedrijvenCsv_ControlCharacterInTheName_RefusesTheFile()
    {
        var csv = "kvk;naam;profiel;lwt;erkend_op\n30123456;Bakkerij\u0002 Een;HBR;ja;15-01-2025\n30123457;Garage Twee;HBR;ja;15-01-2025\n";

        var result = ErkendeBedrijvenCsv.Lees(Encoding.UTF8.GetBytes(csv));

        Assert.False(result.IsValid);
        Assert.Empty(result.Rijen);
        var fout = Assert.Single(result.Fouten);
        Assert.Equal((2, "naam", ImportFoutCode.Stuurteken), (fout.Row, fout.Column, fout.Code));
    }

    [Fact]
    public void KalenderCsv_ControlCharacterInTheDescription_RefusesTheFile()
    {
        var (periodes, errors) = KalenderCsv.Lees("van;tot;omschrijving\n17-10-2026;25-10-2026;Herfst\u001Fvakantie\n23-11-2026;Studiedag\n", 2026);

        Assert.Empty(periodes);
        var fout = Assert.Single(errors);
        Assert.Equal((2, "omschrijving", ImportFoutCode.Stuurteken, 3), (fout.Row, fout.Column, fout.Code, fout.Positie));
    }

    [Fact]
    public void KalenderCsv_DescriptionLongerThanItsColumn_IsRefused()
    {
        var (_, errors) = KalenderCsv.Lees($"23-11-2026;{new string('a', Tekstlengte.Naam + 1)}\n", 2026);

        Assert.Equal(ImportFoutCode.WaardeTeLang, Assert.Single(errors).Code);
    }
}
