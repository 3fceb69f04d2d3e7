using System.Text;
using Leerwerk.Domain.Leerbedrijven.Import;

namespace Leerwerk.Domain.Tests.Leerbedrijven;

public sealed class ErkendeBedrijvenCsvTests
{
    [Fact]
    public void Lees_SemicolonUtf8WithBom_ReadsEveryRow()
    {
        var csv = "\uFEFFKvK-nummer;Naam;Profiel;LWT;Erkend op;Laatste beoordeling;Plaats\n30123456;Bakkerij Één;HBR;ja;15-01-2025;;Tiel\r\n30123456;Bakkerij Één;Zorg en welzijn;nee;2024-09-01;2025-09-01;Tiel\n";

        var result = ErkendeBedrijvenCsv.Lees(Encoding.UTF8.GetBytes(csv));

        Assert.True(result.IsValid);
        Assert.Equal(2, result.Rijen.Count);
        Assert.Equal(("30123456", "Bakkerij Één", "HBR", true, new DateOnly(2025, 1, 15), "Tiel"),
            (result.Rijen[0].KvkNumber, result.Rijen[0].Name, result.Rijen[0].ProfielCode, result.Rijen[0].IsLwt, result.Rijen[0].GrantedOn, result.Rijen[0].City));
        Assert.Equal(("ZW", false, new DateOnly(2025, 9, 1)), (result.Rijen[1].ProfielCode, result.Rijen[1].IsLwt, result.Rijen[1].LastAssessedOn));
    }

    [Fact]
    public void Lees_CommaWindows1252WithQuotes_ReadsAccentsAndQuotedCommas()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var csv = "kvk,naam,profiel,lwt,erkend_op\n30123457,\"Café De Brug, Tiel\",HBR,ja,01-02-2024\n";

        var result = ErkendeBedrijvenCsv.Lees(Encoding.GetEncoding(1252).GetBytes(csv));

        Assert.Equal("Café De Brug, Tiel", Assert.Single(result.Rijen).Name);
    }

    [Fact]
    public void Lees_BadRows_ListsEveryErrorWithRowAndColumnAndNoRows()
    {
        var csv = "kvk;naam;profiel;lwt;erkend_op\n1234;A;ZW;ja;01-01-2024\n30123458;;XX;misschien;2024-13-01\n30123459;C;ZW;ja;01-01-2024\n30123459;C;zw;nee;01-01-2024\n30123460;D;ZW\n";

        var result = ErkendeBedrijvenCsv.Lees(Encoding.UTF8.GetBytes(csv));

        Assert.Empty(result.Rijen);
        var errors = result.Fouten.Select(f => (f.Row, f.Column)).ToList();
        Assert.Equal([(2, "kvk"), (3, "naam"), (3, "profiel"), (3, "lwt"), (3, "erkend_op"), (5, "profiel"), (6, null)], errors);
        Assert.Equal("Regel 2, kolom kvk: '1234' is geen KvK-nummer van 8 cijfers.", result.Fouten[0].ToString());
        Assert.Equal(
            [ImportFoutCode.KvkOngeldig, ImportFoutCode.WaardeOntbreekt, ImportFoutCode.ProfielOnbekend, ImportFoutCode.JaNeeOngeldig,
                ImportFoutCode.DatumOngeldig, ImportFoutCode.ErkenningDubbel, ImportFoutCode.AantalKolommen],
            result.Fouten.Select(f => f.Code));
        Assert.Equal("Regel 6: de regel heeft 3 kolommen, de kopregel 5.", result.Fouten[^1].Tekst);
    }

    [Fact]
    public void Lees_MissingRequiredColumn_NamesIt()
    {
        var result = ErkendeBedrijvenCsv.Lees(Encoding.UTF8.GetBytes("kvk;naam;lwt;erkend_op\n30123456;A;ja;01-01-2024\n"));

        var fout = Assert.Single(result.Fouten);
        Assert.Equal((1, "profiel", ImportFoutCode.KolomOntbreekt), (fout.Row, fout.Column, fout.Code));
        Assert.Equal("De kolom 'profiel' ontbreekt in de kopregel.", fout.Message);
    }

    [Theory]
    [InlineData("")]
    [InlineData("kvk;naam;profiel;lwt;erkend_op\n")]
    public void Lees_EmptyOrHeaderOnly_IsInvalid(string csv)
    {
        Assert.False(ErkendeBedrijvenCsv.Lees(Encoding.UTF8.GetBytes(csv)).IsValid);
    }

    [Fact]
    public void Lees_QuotedNameAndAddressWithSemicolon_AreOneColumnEach()
    {
        var csv = "kvk;naam;straat;profiel;lwt;erkend_op\n30123461;\"Bakkerij \"\"De Korf\"\"; filiaal Zeist\";\"Dorpsstraat 1; achterom\";HBR;ja;01-02-2024\n";

        var result = ErkendeBedrijvenCsv.Lees(Encoding.UTF8.GetBytes(csv));

        var rij = Assert.Single(result.Rijen);
        Assert.Equal(("Bakkerij \"De Korf\"; filiaal Zeist", "Dorpsstraat 1; achterom"), (rij.Name, rij.Street));
    }
}
