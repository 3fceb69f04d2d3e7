using Leerwerk.Domain.Examens.Invoer;

namespace Leerwerk.Cli.Uitslag;

/// <summary>Reads the input file (or stdin for "-") of <c>leerwerk uitslag</c> and hands its bytes to <see cref="InvoerBron"/>.</summary>
internal static class InvoerBestand
{
    public static LeesResultaat Lees(string pad, Func<Stream> stdin)
    {
        byte[] bytes;
        try
        {
            if (pad == "-")
            {
                using var buffer = new MemoryStream();
                stdin().CopyTo(buffer);
                bytes = buffer.ToArray();
            }
            else
            {
                bytes = File.ReadAllBytes(pad);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return LeesResultaat.Onleesbaar($"Het bestand '{pad}' kan niet worden gelezen: bestaat het en mag Leerwerk het openen?");
        }

        return InvoerBron.LeesBytes(bytes, pad == "-" ? null : Path.GetExtension(pad));
    }
}
