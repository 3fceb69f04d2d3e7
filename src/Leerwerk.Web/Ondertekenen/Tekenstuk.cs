using Leerwerk.Data;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Web.Documents;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Ondertekenen;

/// <summary>
/// What a signing link signs: a leer-werkovereenkomst or a samenwerkingsovereenkomst waiting for signatures. The anonymous
/// page shows its text and adds the signature through this, so the token, code and refusal path is one for both.
/// </summary>
public abstract class Tekenstuk
{
    /// <summary>"leer-werkovereenkomst" or "samenwerkingsovereenkomst", as the page names it.</summary>
    public abstract string Word { get; }

    /// <summary>The text the party signs (<see cref="Tekentekst"/>).</summary>
    public abstract DocumentText Text { get; }

    /// <summary>Adds the signature to the agreement and, when it was the last one needed, makes the agreement getekend.</summary>
    public abstract Task SignAsync(LeerwerkDbContext db, Ondertekeningslink link, Ondertekening signature, string actor, DateTime now, CancellationToken ct);

    /// <summary>The agreement the link is for, tracked, or null when it no longer waits for signatures.</summary>
    public static async Task<Tekenstuk?> LoadAsync(LeerwerkDbContext db, Ondertekeningslink link, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(link);
        var school = await db.Scholen.SingleAsync(s => s.Id == link.SchoolId, ct);
        if (link.SamenwerkingsovereenkomstId is { } samenwerkingId)
        {
            var samenwerking = await Tekenlinks.LoadSamenwerkingAsync(db, samenwerkingId, ct);
            return samenwerking is { Ondertekenstatus: SamenwerkingOndertekenstatus.TerOndertekening }
                ? new SamenwerkingTekenstuk(samenwerking, Tekentekst.Of(samenwerking, school))
                : null;
        }

        var agreement = await Tekenlinks.LoadAsync(db, link.LeerwerkovereenkomstId!.Value, ct);
        return agreement is { Status: LeerwerkovereenkomstStatus.TerOndertekening }
            ? new LeerwerkTekenstuk(agreement, Tekentekst.Of(agreement, school))
            : null;
    }
}
