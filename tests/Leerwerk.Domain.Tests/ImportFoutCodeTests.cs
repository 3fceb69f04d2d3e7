namespace Leerwerk.Domain.Tests;

public sealed class ImportFoutCodeTests
{
    /// <summary>
    /// Integrations read these codes, so they are fixed: a code is never renamed or dropped. A new kind of problem adds
    /// its code here as well as in <see cref="ImportFoutCode"/>.
    /// </summary>
    private static readonly string[] Fixed =
    [
        "bestand-ongeldig", "bestand-zonder-regels", "kolom-ontbreekt", "kolom-dubbel", "aantal-kolommen", "waarde-ontbreekt",
        "waarde-te-lang", "datum-ongeldig", "datum-volgorde", "buiten-schooljaar", "geboortedatum-onmogelijk",
        "leerlingnummer-ongeldig", "leerlingnummer-dubbel", "leerling-onbekend", "leerweg-onbekend", "leerjaar-ongeldig",
        "profiel-onbekend", "profiel-ontbreekt", "email-ongeldig", "oudernaam-ontbreekt", "kvk-ongeldig", "postcode-ongeldig",
        "ja-nee-ongeldig", "erkenning-dubbel", "uren-ongeldig", "uren-dubbel", "overeenkomst-ontbreekt", "cijfer-ongeldig",
        "waarde-tegenstrijdig", "datum-na-vandaag", "vakcode-onbekend", "vak-dubbel", "stuurteken",
    ];

    [Fact]
    public void All_IsTheFixedListOfCodes()
    {
        Assert.Equal(Fixed, ImportFoutCode.All);
    }

    [Fact]
    public void All_CodesAreUniqueLowerCaseWordsWithHyphens()
    {
        Assert.Equal(ImportFoutCode.All.Count, ImportFoutCode.All.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ImportFoutCode.All, code => Assert.Matches("^[a-z]+(-[a-z]+)*$", code));
    }

    [Fact]
    public void All_HoldsEveryConstant()
    {
        var constants = typeof(ImportFoutCode).GetFields()
            .Where(f => f.IsLiteral)
            .Select(f => (string)f.GetRawConstantValue()!)
            .Order(StringComparer.Ordinal);

        Assert.Equal(constants, ImportFoutCode.All.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(4, "geboortedatum", null, "Regel 4, kolom geboortedatum: fout.")]
    [InlineData(4, null, null, "Regel 4: fout.")]
    [InlineData(3, "tot", 2, "Regel 3, kolom 2 (tot): fout.")]
    [InlineData(0, null, null, "fout.")]
    public void Tekst_NamesRowAndColumnAsThePagesShowThem(int row, string? column, int? positie, string tekst)
    {
        Assert.Equal(tekst, new ImportFout(row, column, "fout.", ImportFoutCode.DatumOngeldig, positie).Tekst);
    }
}
