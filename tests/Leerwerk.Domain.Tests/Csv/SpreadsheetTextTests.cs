using System.Text;
using Leerwerk.Domain.Csv;

namespace Leerwerk.Domain.Tests.Csv;

public sealed class SpreadsheetTextTests
{
    [Theory]
    [InlineData("=2+3", "'=2+3")]
    [InlineData("+31 6 1234", "'+31 6 1234")]
    [InlineData("-1", "'-1")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("\tx", "'\tx")]
    [InlineData("\rx", "'\rx")]
    [InlineData("Sanne", "Sanne")]
    [InlineData("a=b", "a=b")]
    [InlineData("", "")]
    public void Neutralise_TextThatStartsLikeAFormula_GetsAQuote(string text, string expected)
    {
        Assert.Equal(expected, SpreadsheetText.Neutralise(text));
    }

    [Fact]
    public void CsvExport_NeutralisesTextButWritesNegativeNumbersAsNumbers()
    {
        var bytes = CsvExport.Write(["Naam", "Uren"], [["=2+3 Vries", -12.5m], ["Bakker; D.", 7]]);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        Assert.Equal("Naam;Uren\r\n'=2+3 Vries;-12,5\r\n\"Bakker; D.\";7\r\n", Encoding.UTF8.GetString(bytes[3..]));
    }
}
