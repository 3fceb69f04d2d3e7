using Leerwerk.Data;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Web.Documents;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Ondertekenen;

/// <summary>A leer-werkovereenkomst ter ondertekening: getekend by itself when no other link is open (rule E6).</summary>
public sealed class LeerwerkTekenstuk(Leerwerkovereenkomst agreement, DocumentText text) : Tekenstuk
{
    public override string Word => "leer-werkovereenkomst";

    public override DocumentText Text => text;

    public override async Task SignAsync(LeerwerkDbContext db, Ondertekeningslink link, Ondertekening signature, string actor, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(signature);
        signature.LeerwerkovereenkomstId = agreement.Id;
        agreement.Ondertekeningen.Add(signature);
        var othersOpen = await db.Ondertekeningslinks.AnyAsync(l => l.LeerwerkovereenkomstId == agreement.Id && l.Id != link.Id && l.UsedAt == null && l.RevokedAt == null, ct);
        if (!othersOpen)
        {
            // The last signer: when every required party has signed, the agreement is signed by itself (E6).
            Levensloop.Apply(agreement, agreement.Leerling!, LeerwerkovereenkomstStatus.Getekend, actor, now);
        }
    }
}
