using System.Globalization;
using Leerwerk.Data;
using Leerwerk.Data.Mail;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Ondertekenen;

/// <summary>
/// Sends, re-sends and revokes the signing links of a leer-werkovereenkomst or a samenwerkingsovereenkomst. Nothing is saved here: the caller's one
/// SaveChanges stores the links, the revocations and their messages in the outbox together (ADR 0009).
/// </summary>
public sealed class Tekenlinks(PublicLinks links, IConfiguration configuration)
{
    /// <summary>How many days a link is valid; configurable as Ondertekenen:LinkDagenGeldig.</summary>
    public const string DaysSetting = "Ondertekenen:LinkDagenGeldig";

    public int DaysValid =>
        int.TryParse(configuration[DaysSetting], NumberStyles.None, CultureInfo.InvariantCulture, out var days) && days > 0 ? days : Tekenlink.DefaultDaysValid;

    /// <summary>The agreement, tracked, with everything the text, the signers and the status machine need.</summary>
    public static Task<Leerwerkovereenkomst?> LoadAsync(LeerwerkDbContext db, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Leerwerkovereenkomsten
            .Include(o => o.Leerling!).ThenInclude(l => l.Vertegenwoordigers)
            .Include(o => o.Leerbedrijf)
            .Include(o => o.Praktijkbegeleider)
            .Include(o => o.Ondertekeningen)
            .Include(o => o.StatusGeschiedenis)
            .AsSplitQuery()
            .FirstOrDefaultAsync(o => o.Id == id, ct);
    }

    /// <summary>The samenwerkingsovereenkomst, tracked, with its partner, related programmes and signatures.</summary>
    public static Task<Samenwerkingsovereenkomst?> LoadSamenwerkingAsync(LeerwerkDbContext db, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return db.Samenwerkingsovereenkomsten
            .Include(s => s.MboInstelling)
            .Include(s => s.VerwanteOpleidingen)
            .Include(s => s.Ondertekeningen)
            .AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id, ct);
    }

    /// <summary>
    /// Revokes the open links and sends a new one to every signer who has not signed yet and has an address. Returns,
    /// in Dutch, who could not be sent a link because no address is on record.
    /// </summary>
    public async Task<IReadOnlyList<string>> SendAsync(LeerwerkDbContext db, Leerwerkovereenkomst agreement, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(agreement);
        var school = await db.Scholen.SingleAsync(s => s.Id == agreement.SchoolId, ct);
        var existing = await db.Ondertekeningslinks.Where(l => l.LeerwerkovereenkomstId == agreement.Id).ToListAsync(ct);
        var (mails, missing) = Issue(db, existing, Tekenaars.Of(agreement, school).Where(s => !HasSigned(agreement, existing, s)), now,
            signer => Tekenlink.Issue(agreement, signer.Partij, signer.Name, signer.Email!, now, DaysValid),
            (link, url) => TekenlinkMail.Link(school, link, agreement, url));
        Enqueue(db, school, mails, now);
        return missing;
    }

    /// <summary>
    /// The reminder to the parties of an agreement ter ondertekening since <paramref name="since"/>: every signer who
    /// has not signed and has an address gets a new link with a reminder text (earlier links stop working, as a mailed
    /// link is the only way in). The messages are returned, not put in the outbox: the reminder run stores them with the
    /// reminder's key, so each round is reminded once.
    /// </summary>
    public async Task<IReadOnlyList<MailContent>> RemindAsync(LeerwerkDbContext db, Leerwerkovereenkomst agreement, DateOnly since, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(agreement);
        var school = await db.Scholen.SingleAsync(s => s.Id == agreement.SchoolId, ct);
        var existing = await db.Ondertekeningslinks.Where(l => l.LeerwerkovereenkomstId == agreement.Id).ToListAsync(ct);
        return Issue(db, existing, Tekenaars.Of(agreement, school).Where(s => s.Email is not null && !HasSigned(agreement, existing, s)), now,
            signer => Tekenlink.Issue(agreement, signer.Partij, signer.Name, signer.Email!, now, DaysValid),
            (link, url) => TekenlinkMail.Herinnering(school, link, agreement, url, since)).Mails;
    }

    /// <summary>The same for a samenwerkingsovereenkomst: a link to each bevoegd gezag that has not signed yet.</summary>
    public async Task<IReadOnlyList<string>> SendAsync(LeerwerkDbContext db, Samenwerkingsovereenkomst agreement, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(agreement);
        var school = await db.Scholen.SingleAsync(s => s.Id == agreement.SchoolId, ct);
        var existing = await db.Ondertekeningslinks.Where(l => l.SamenwerkingsovereenkomstId == agreement.Id).ToListAsync(ct);
        var (mails, missing) = Issue(db, existing, Tekenaars.Of(agreement, school).Where(s => agreement.Ondertekeningen.All(o => o.Partij != s.Partij)), now,
            signer => Tekenlink.Issue(agreement, signer.Partij, signer.Name, signer.Email!, now, DaysValid),
            (link, url) => TekenlinkMail.Link(school, link, agreement, url));
        Enqueue(db, school, mails, now);
        return missing;
    }

    // The one path for both agreements: earlier links stop working, each signer with an address gets a new one; the
    // messages, and who has no address.
    private (List<MailContent> Mails, List<string> Missing) Issue(LeerwerkDbContext db, List<Ondertekeningslink> existing, IEnumerable<Tekenaar> signers, DateTime now,
        Func<Tekenaar, (Ondertekeningslink Link, string Token)> issue, Func<Ondertekeningslink, string, MailContent> mail)
    {
        foreach (var open in existing)
        {
            Tekenlink.Revoke(open, now);
        }

        var mails = new List<MailContent>();
        var missing = new List<string>();
        foreach (var signer in signers)
        {
            if (signer.Email is null)
            {
                missing.Add(signer.Description);
                continue;
            }

            var (link, token) = issue(signer);
            db.Ondertekeningslinks.Add(link);
            mails.Add(mail(link, links.To($"/ondertekenen/{token}")));
        }

        return (mails, missing);
    }

    private static void Enqueue(LeerwerkDbContext db, School school, List<MailContent> mails, DateTime now)
    {
        foreach (var mail in mails)
        {
            MailOutbox.Enqueue(db, school, mail, now);
        }
    }

    /// <summary>Revokes every open link of the agreement (back to concept, signed by hand, ended).</summary>
    public static Task RevokeAllAsync(LeerwerkDbContext db, int agreementId, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return RevokeOpenAsync(db.Ondertekeningslinks.Where(l => l.LeerwerkovereenkomstId == agreementId), now, ct);
    }

    /// <summary>Revokes every open link of the samenwerkingsovereenkomst (its content changed, or both have signed).</summary>
    public static Task RevokeAllOfSamenwerkingAsync(LeerwerkDbContext db, int agreementId, DateTime now, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        return RevokeOpenAsync(db.Ondertekeningslinks.Where(l => l.SamenwerkingsovereenkomstId == agreementId), now, ct);
    }

    /// <summary>
    /// Revokes the link <paramref name="linkId"/> among <paramref name="linksOfAgreement"/> (the links of the agreement
    /// on the page, so an id of another agreement finds nothing); the link, or null when there is none. The caller saves.
    /// </summary>
    public static async Task<Ondertekeningslink?> RevokeOneAsync(IQueryable<Ondertekeningslink> linksOfAgreement, int linkId, DateTime now, CancellationToken ct)
    {
        var found = await linksOfAgreement.FirstOrDefaultAsync(l => l.Id == linkId, ct);
        if (found is not null)
        {
            Tekenlink.Revoke(found, now);
        }

        return found;
    }

    private static async Task RevokeOpenAsync(IQueryable<Ondertekeningslink> linksOfAgreement, DateTime now, CancellationToken ct)
    {
        foreach (var open in await linksOfAgreement.Where(l => l.UsedAt == null && l.RevokedAt == null).ToListAsync(ct))
        {
            Tekenlink.Revoke(open, now);
        }
    }

    /// <summary>
    /// Whether this signer's signature stands: one made through their link (same party and address), or, for the
    /// bevoegd gezag, the leerbedrijf and the student, any signature of that party (a paper one recorded by hand too);
    /// a parent's paper signature counts for the parent of that name.
    /// </summary>
    private static bool HasSigned(Leerwerkovereenkomst agreement, List<Ondertekeningslink> existing, Tekenaar signer)
    {
        var viaLink = existing.Any(l => l.Partij == signer.Partij && l.OndertekeningId is { } id
            && string.Equals(l.Email, signer.Email, StringComparison.OrdinalIgnoreCase) && agreement.Ondertekeningen.Any(o => o.Id == id));
        return viaLink || agreement.Ondertekeningen.Any(o => o.Partij == signer.Partij
            && (signer.Partij != Partij.WettelijkVertegenwoordiger || (!o.IsElectronic && o.SignerName == signer.Name)));
    }
}
