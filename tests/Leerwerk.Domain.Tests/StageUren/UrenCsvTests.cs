using System.Text;
using Leerwerk.Domain.StageUren;

namespace Leerwerk.Domain.Tests.StageUren;

public sealed class UrenCsvTests
{
    [Fact]
    public void Parse_HeaderBothDateFormatsDecimalCommaAndNote()
    {
        var (rows, errors) = UrenCsv.Parse("leerlingnummer;datum;uren;opmerking\r\n24001;23-11-2026;7,5;Open dag\n24002;2026-11-24;8\n\n");

        Assert.Empty(errors);
        Assert.Equal(
            [new UrenCsvRow(2, "24001", new DateOnly(2026, 11, 23), 7.5m, "Open dag"), new UrenCsvRow(3, "24002", new DateOnly(2026, 11, 24), 8m, null)],
            rows);
    }

    [Fact]
    public void Parse_EveryBadRowIsListedWithRowColumnAndDutchReason()
    {
        var (rows, errors) = UrenCsv.Parse("24001;31-02-2026;8\n24001;23-11-2026;7.5\n;23-11-2026;13\n24001,23-11-2026,8\n24003;23-11-2026;8\n24003;23-11-2026;6");

        Assert.Equal(2, rows.Count);
        Assert.Equal(
        [
            "Regel 1, kolom datum: '31-02-2026' is geen datum; schrijf dd-mm-jjjj of jjjj-mm-dd, bijvoorbeeld 23-11-2026.",
            "Regel 2, kolom uren: gebruik een komma voor decimalen, bijvoorbeeld 7,5 (niet '7.5').",
            "Regel 3, kolom leerlingnummer: het leerlingnummer ontbreekt.",
            "Regel 3, kolom uren: vul 0 tot 12 uur in, in kwartieren (bijvoorbeeld 7,75); 13 kan niet.",
            "Regel 4, kolom leerlingnummer: de regel heeft 1 kolom, verwacht 3 of 4 gescheiden door een puntkomma (leerlingnummer;datum;uren;opmerking).",
            "Regel 6, kolom datum: leerling 24003 staat op 23 november 2026 al op regel 5; één regel per leerling per dag.",
        ], errors.Select(e => e.ToString()).ToList());
        Assert.Equal(
            [ImportFoutCode.DatumOngeldig, ImportFoutCode.UrenOngeldig, ImportFoutCode.WaardeOntbreekt, ImportFoutCode.UrenOngeldig,
                ImportFoutCode.AantalKolommen, ImportFoutCode.UrenDubbel],
            errors.Select(e => e.Code));
        Assert.Equal((6, "datum"), (errors[^1].Row, errors[^1].Column));
    }

    [Fact]
    public void Decode_Windows1252AndUtf8WithBom_GiveTheSameText()
    {
        const string text = "24001;23-11-2026;8;Café geopend";
        var ansi = CodePagesEncoding().GetBytes(text);
        var utf8 = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray();

        Assert.Equal(text, UrenCsv.Decode(ansi));
        Assert.Equal(text, UrenCsv.Decode(utf8));
    }

    [Fact]
    public void Parse_EmptyFile_IsAnError()
    {
        Assert.Equal(ImportFoutCode.BestandZonderRegels, Assert.Single(UrenCsv.Parse("leerlingnummer;datum;uren\n").Errors).Code);
    }

    private static Encoding CodePagesEncoding()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }

    [Fact]
    public void Parse_QuotedNoteWithSemicolon_IsOneColumn()
    {
        var (rows, errors) = UrenCsv.Parse("leerlingnummer;datum;uren;opmerking\n24001;23-11-2026;7,5;\"Bakkerij \"\"De Korf\"\"; filiaal Zeist\"\n");

        Assert.Empty(errors);
        Assert.Equal("Bakkerij \"De Korf\"; filiaal Zeist", Assert.Single(rows).Note);
    }
}
