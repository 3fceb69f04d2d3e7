using System.Globalization;
using Leerwerk.Cli.Backup;

namespace Leerwerk.Cli.Tests.Backup;

/// <summary>The text form the checksums hash: the same whatever the culture, and unambiguous.</summary>
public sealed class ValueTextTests
{
    [Fact]
    public void Of_DutchCulture_GivesInvariantNumbersAndDates()
    {
        var before = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo("nl-NL");
        try
        {
            Assert.Equal("1.5", ValueText.Of(1.5d));
            Assert.Equal("1234.50", ValueText.Of(1234.50m));
            Assert.Equal("2026-11-30T08:15:00.0000000Z", ValueText.Of(new DateTime(2026, 11, 30, 8, 15, 0, DateTimeKind.Utc)));
            Assert.Equal("2026-11-30", ValueText.Of(new DateOnly(2026, 11, 30)));
        }
        finally
        {
            CultureInfo.CurrentCulture = before;
        }
    }

    [Fact]
    public void Framed_NullEmptyAndNeighbours_CannotBeMistakenForEachOther()
    {
        Assert.Equal("N;", ValueText.Framed(DBNull.Value));
        Assert.Equal("0:", ValueText.Framed(string.Empty));
        Assert.NotEqual(ValueText.Framed("a") + ValueText.Framed("bc"), ValueText.Framed("ab") + ValueText.Framed("c"));
        Assert.Equal("[1:12:233:-15]", ValueText.Of(new[] { 1, 23, -15 }));
        Assert.Equal("00FF", ValueText.Of(new byte[] { 0, 255 }));
    }
}
