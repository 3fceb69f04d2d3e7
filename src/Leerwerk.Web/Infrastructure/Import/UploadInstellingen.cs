namespace Leerwerk.Web.Infrastructure.Import;

/// <summary>
/// The limits every upload is held to, from the configuration section <c>Uploads</c> (docs/deployment.md). A page that
/// takes a file names its own body limit with <c>[RequestSizeLimit]</c>; every other request gets
/// <see cref="MaxVerzoekBytes"/>. Both are enforced by <see cref="UploadGrenzen"/> before a byte of the body is read.
/// </summary>
public sealed class UploadInstellingen
{
    public const string Section = "Uploads";

    /// <summary>The largest body of a request whose endpoint names no limit of its own (forms, the API).</summary>
    public long MaxVerzoekBytes { get; set; } = 2L * 1024 * 1024;

    /// <summary>What one XLSX may hold once unpacked, counted while it is read.</summary>
    public XlsxLimieten Xlsx { get; set; } = new();
}

/// <summary>The limits on one workbook, counted while unpacking: a zip's declared sizes can lie.</summary>
public sealed class XlsxLimieten
{
    /// <summary>All parts together, unpacked; a school's LAS export is far below it.</summary>
    public long MaxUitgepaktBytes { get; set; } = 20L * 1024 * 1024;

    /// <summary>The most parts one workbook may have; Excel writes about a dozen.</summary>
    public int MaxOnderdelen { get; set; } = 500;

    /// <summary>The most rows of the worksheet that is read.</summary>
    public int MaxRijen { get; set; } = 100_000;

    /// <summary>The most cells of the worksheet plus shared texts.</summary>
    public int MaxCellen { get; set; } = 2_000_000;

    /// <summary>The longest text of one cell; Excel itself stops at 32 767 characters.</summary>
    public int MaxCelTekens { get; set; } = 32_767;
}
