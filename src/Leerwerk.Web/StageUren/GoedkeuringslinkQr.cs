using QRCoder;

namespace Leerwerk.Web.StageUren;

/// <summary>The approval link as a QR code (PNG), to print on the agreement or hand to the praktijkbegeleider.</summary>
public static class GoedkeuringslinkQr
{
    public static byte[] Png(string url)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(url, QRCodeGenerator.ECCLevel.M);
        return new PngByteQRCode(data).GetGraphic(8);
    }
}
