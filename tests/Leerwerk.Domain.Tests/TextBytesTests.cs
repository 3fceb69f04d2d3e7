using System.Text;

namespace Leerwerk.Domain.Tests;

public sealed class TextBytesTests
{
    [Fact]
    public void Decode_Utf8WithBom_DropsTheBom()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Zoë;€ 12")];

        Assert.Equal("Zoë;€ 12", TextBytes.Decode(bytes));
    }

    [Fact]
    public void Decode_Utf8WithoutBom_IsReadAsUtf8()
    {
        Assert.Equal("Café;€ 12", TextBytes.Decode(Encoding.UTF8.GetBytes("Café;€ 12")));
    }

    [Fact]
    public void Decode_Windows1252Bytes_EAcuteAndEuro_AreReadAsWindows1252()
    {
        // "Café €" in Windows-1252: é is 0xE9 and € is 0x80, neither valid UTF-8 on its own.
        byte[] bytes = [(byte)'C', (byte)'a', (byte)'f', 0xE9, (byte)' ', 0x80];

        Assert.Equal("Café €", TextBytes.Decode(bytes));
    }

    [Fact]
    public void Decode_BomFollowedByWindows1252_DropsTheBomAndReadsTheRestAsWindows1252()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, (byte)'N', (byte)'o', 0xEB, (byte)'l'];

        Assert.Equal("Noël", TextBytes.Decode(bytes));
    }

    [Fact]
    public void Decode_Empty_IsEmpty()
    {
        Assert.Equal("", TextBytes.Decode([]));
        Assert.Equal("", TextBytes.Decode([0xEF, 0xBB, 0xBF]));
    }
}
