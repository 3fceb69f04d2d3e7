using Leerwerk.Domain.Csv;

namespace Leerwerk.Domain.Tests.Csv;

public sealed class CsvRecordsTests
{
    [Fact]
    public void Read_QuotesLineBreaksAndBlankLines_KeepFieldsTogetherAndLinesOfTheFile()
    {
        var records = CsvRecords.Read("\uFEFFa;b\r\n\r\n  x ; \"y;1\" ;\"z\"\"q\"\n\"twee\nregels\";2\n ; \nlaatste", ';');

        Assert.Equal([1, 3, 4, 7], records.Select(r => r.Line));
        Assert.Equal(["a", "b"], records[0].Fields);
        Assert.Equal(["x", "y;1", "z\"q"], records[1].Fields);
        Assert.Equal(["twee\nregels", "2"], records[2].Fields);
        Assert.Equal(["laatste"], records[3].Fields);
    }

    [Theory]
    [InlineData("a;b;c\n1,2", ';')]
    [InlineData("a,b,c;d\n", ',')]
    [InlineData("a;b,c\n", ';')]
    [InlineData("\"x;y\",b\n", ',')]
    [InlineData("enkel\n", ';')]
    public void DetectSeparator_CountsTheFirstLineOutsideQuotes(string text, char expected)
    {
        Assert.Equal(expected, CsvRecords.DetectSeparator(text));
    }
}
