using System.Text;
using Leerwerk.Cli.Uitslag;
using Leerwerk.Domain;
using Leerwerk.Domain.Examens.Invoer;

namespace Leerwerk.Cli.Tests.Uitslag;

public sealed class InvoerBronTests
{
    [Fact]
    public void Lees_StdinWithJson_DetectsJsonByItsFirstCharacter()
    {
        using var stdin = new MemoryStream("""[{ "id": "A", "route": "lwt", "subjects": [] }]"""u8.ToArray());

        var result = InvoerBestand.Lees("-", () => stdin);

        Assert.Null(result.Fout);
        Assert.Equal("A", Assert.Single(result.Kandidaten).Id);
    }

    [Fact]
    public void LeesBytes_Windows1252Csv_ReadsAccentsRight()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var csv = $"{LasCsv.Header}\nK1;lwt;Nederlands;nederlands;;6,5;6,1;;;\nK1;lwt;Café;keuzevak;vrij;6,25;;;;\n";
        var bytes = Encoding.GetEncoding(1252).GetBytes(csv);

        var result = InvoerBron.LeesBytes(bytes, null);

        Assert.Null(result.Fout);
        var kandidaat = Assert.Single(result.Kandidaten).Kandidaat;
        Assert.NotNull(kandidaat);
        Assert.Equal("Café", kandidaat.Vakken[1].Name);
        Assert.Equal(6.25m, kandidaat.Vakken[1].Se);
    }

    [Theory]
    [InlineData(null)]
    [InlineData(".csv")]
    public void LeesBytes_Utf8CsvWithByteOrderMark_ReadsTheFirstColumn(string? extensie)
    {
        // Excel's "CSV UTF-8" starts with EF BB BF; without stripping it the first header is not "kandidaat".
        var csv = $"{LasCsv.Header}\nK1;lwt;Nederlands;nederlands;;6,5;6,1;;;\n";
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(csv)];

        var result = InvoerBron.LeesBytes(bytes, extensie);

        Assert.Null(result.Fout);
        Assert.Equal("K1", Assert.Single(result.Kandidaten).Id);
    }

    [Fact]
    public void LeesBytes_CsvWithoutRequiredColumn_RefusesTheFile()
    {
        var result = InvoerBron.LeesBytes("kandidaat;vak;se\nK1;nl;6\n"u8.ToArray(), ".csv");

        Assert.NotNull(result.Fout);
        Assert.Contains("Regel 1", result.Fout.Tekst, StringComparison.Ordinal);
    }

    [Fact]
    public void LeesBytes_CsvWithBadGrade_NamesRowColumnAndCode()
    {
        var result = InvoerBron.LeesBytes("kandidaat;leerweg;vak;soort;se\nK1;BB;nl;gemeenschappelijk;6,1\nK1;BB;en;gemeenschappelijk;zes\n"u8.ToArray(), ".csv");

        Assert.NotNull(result.Fout);
        Assert.Equal((3, "se", ImportFoutCode.CijferOngeldig), (result.Fout.Row, result.Fout.Column, result.Fout.Code));
        Assert.Equal("Regel 3, kolom se: 'zes' is geen cijfer; schrijf bijvoorbeeld 6,4.", result.Fout.Tekst);
    }

    [Fact]
    public void LeesBytes_CsvWithQuotedSemicolon_KeepsTheField()
    {
        var csv = $"{LasCsv.Header}\nK1;lwt;\"Bakken; koken\";keuzevak;vrij;6;;;;\n";

        var result = InvoerBron.LeesBytes(Encoding.UTF8.GetBytes(csv), ".csv");

        Assert.Equal("Bakken; koken", Assert.Single(result.Kandidaten).Kandidaat!.Vakken[0].Name);
    }
}
