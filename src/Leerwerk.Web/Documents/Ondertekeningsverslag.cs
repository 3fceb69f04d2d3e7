using Leerwerk.Domain;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Web.Infrastructure;

namespace Leerwerk.Web.Documents;

/// <summary>
/// The last page of a signed agreement (leer-werkovereenkomst and samenwerkingsovereenkomst alike): every signature
/// with its time, party and name; an electronic one with the IP address and the SHA-256 of the text signed, a
/// hand-recorded one marked as such. Empty while nobody has signed.
/// </summary>
public static class Ondertekeningsverslag
{
    public const string Heading = "Verslag van de ondertekening";

    /// <param name="signatures">The agreement's signatures.</param>
    /// <param name="whatWasRead">How the text signed is delimited, e.g. "tot aan \u201cOndertekening\u201d".</param>
    public static IEnumerable<DocumentBlock> Blocks(IReadOnlyCollection<Ondertekening> signatures, string whatWasRead)
    {
        ArgumentNullException.ThrowIfNull(signatures);
        if (signatures.Count == 0)
        {
            yield break;
        }

        yield return new HeadingBlock(Heading, 1, StartsNewPage: true);
        yield return new ParagraphBlock($"Wie tekende via een persoonlijke link, las de tekst van deze overeenkomst {whatWasRead} en bevestigde met de volledige naam, een vinkje \u201cgelezen en akkoord\u201d en een eenmalige code per e-mail. De vingerafdruk is de SHA-256 van die tekst.");
        foreach (var s in signatures.OrderBy(s => s.SignedAt ?? s.SignedOn.ToDateTime(TimeOnly.MinValue)).ThenBy(s => s.Partij))
        {
            var how = s.IsElectronic
                ? $"op {Nl.Date(s.SignedOn)} om {s.SignedAt!.Value.ToLocalTime().ToString("HH:mm:ss", Nl.Culture)}, elektronisch via een persoonlijke link, vanaf IP-adres {s.IpAddress ?? "onbekend"}. Vingerafdruk (SHA-256) van de getekende tekst: {s.TextHash}"
                : $"op {Nl.Date(s.SignedOn)}, op papier getekend; met de hand vastgelegd door de school";
            yield return new ParagraphBlock($"{s.SignerName}, namens {Ondertekenaars.PartyName(s.Partij)}: {how}.", s.Partij.Label());
        }
    }
}
