namespace Leerwerk.Web.Infrastructure.Import;

/// <summary>
/// A workbook went over one of the <see cref="XlsxLimieten"/> while it was read. Thrown from deep inside the streaming
/// reader (the counting stream, the row loop) and caught once, by the reader's entry point, which turns it into the
/// Dutch message; it never leaves the import.
/// </summary>
public sealed class XlsxGrensException : Exception
{
    public XlsxGrensException()
    {
        Bericht = XlsxPakket.OnleesbaarMessage;
    }

    public XlsxGrensException(string message)
        : base(message)
    {
        Bericht = XlsxPakket.OnleesbaarMessage;
    }

    public XlsxGrensException(string message, Exception innerException)
        : base(message, innerException)
    {
        Bericht = XlsxPakket.OnleesbaarMessage;
    }

    /// <param name="bericht">The Dutch message for a file name.</param>
    public XlsxGrensException(Func<string, string> bericht)
        : base("XLSX limit exceeded")
    {
        Bericht = bericht;
    }

    /// <summary>The Dutch message naming the file.</summary>
    public Func<string, string> Bericht { get; }
}
