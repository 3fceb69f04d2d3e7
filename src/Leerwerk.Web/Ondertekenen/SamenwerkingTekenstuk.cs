using Leerwerk.Data;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Web.Documents;

namespace Leerwerk.Web.Ondertekenen;

/// <summary>A samenwerkingsovereenkomst ter ondertekening: getekend by itself when both bevoegde gezagen have signed.</summary>
public sealed class SamenwerkingTekenstuk(Samenwerkingsovereenkomst agreement, DocumentText text) : Tekenstuk
{
    public override string Word => "samenwerkingsovereenkomst";

    public override DocumentText Text => text;

    public override async Task SignAsync(LeerwerkDbContext db, Ondertekeningslink link, Ondertekening signature, string actor, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(signature);
        signature.SamenwerkingsovereenkomstId = agreement.Id;
        agreement.Ondertekeningen.Add(signature);
        SamenwerkingOndertekening.CompleteIfSigned(agreement);
        if (agreement.Ondertekenstatus == SamenwerkingOndertekenstatus.Getekend)
        {
            // Signed by both: a link still open (sent again to the same party, say) has nothing left to sign.
            await Tekenlinks.RevokeAllOfSamenwerkingAsync(db, agreement.Id, now, ct);
        }
    }
}
