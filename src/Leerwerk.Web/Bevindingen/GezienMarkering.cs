using System.Security.Claims;
using Leerwerk.Data;
using Leerwerk.Domain.Rules;
using Leerwerk.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Bevindingen;

/// <summary>
/// Marks an ADVIES finding of the worklist as "gezien" with an explanation, and undoes it. The finding must be open for
/// the user today (the same evaluation as the worklist), so a MOET finding is refused and a subject the user cannot see
/// is not found. The mark is school-owned: the school filter scopes it and <c>SaveChanges</c> audits both steps.
/// </summary>
public static class GezienMarkering
{
    public const string MoetWeigering = "Een MOET-bevinding kan niet als gezien worden gemarkeerd: ze verdwijnt pas als ze is hersteld.";

    public const string NietOpen = "Deze bevinding staat niet (meer) open; de werklijst is bijgewerkt.";

    public const string AlGezien = "Deze waarschuwing is al als gezien gemarkeerd.";

    /// <summary>What a request to mark gave: the stored mark, a Dutch refusal, or that the subject is not the user's (404).</summary>
    public sealed record Uitkomst(GezienBevinding? Markering, string? Fout, bool NietGevonden);

    public static async Task<Uitkomst> MarkeerAsync(
        LeerwerkDbContext db, ClaimsPrincipal user, DateTime now, DateOnly today, string regel, OnderwerpSoort soort, int onderwerpId, string? uitleg, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var findings = await FindingsOfAsync(db, user, today, soort, onderwerpId, ct);
        if (findings is null)
        {
            return new Uitkomst(null, null, NietGevonden: true);
        }

        var matching = findings.Where(b => string.Equals(b.Finding.RuleId, regel, StringComparison.Ordinal)).ToList();
        if (matching.Count == 0)
        {
            return new Uitkomst(null, NietOpen, false);
        }

        if (matching.Any(b => !b.KanGezienWorden))
        {
            return new Uitkomst(null, MoetWeigering, false);
        }

        if (matching.Any(b => b.Gezien is not null))
        {
            return new Uitkomst(null, AlGezien, false);
        }

        if (GezienBevinding.UitlegFout(uitleg) is { } fout)
        {
            return new Uitkomst(null, fout, false);
        }

        var mark = new GezienBevinding
        {
            SchoolId = await SchoolOfAsync(db, soort, onderwerpId, ct),
            RuleId = regel,
            OnderwerpSoort = soort,
            OnderwerpId = onderwerpId,
            Uitleg = uitleg!.Trim(),
            GezienDoor = user.Identity?.Name ?? "onbekend",
            GezienOp = now,
        };
        db.GezienBevindingen.Add(mark);
        await db.SaveChangesAsync(ct);
        return new Uitkomst(mark, null, false);
    }

    /// <summary>Removes a mark of the user's schools and returns it; null when there is none with that id (another school's is none).</summary>
    public static async Task<GezienBevinding?> MaakOngedaanAsync(LeerwerkDbContext db, int id, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(db);
        var mark = await db.GezienBevindingen.SingleOrDefaultAsync(g => g.Id == id, ct);
        if (mark is null)
        {
            return null;
        }

        db.GezienBevindingen.Remove(mark);
        await db.SaveChangesAsync(ct);
        return mark;
    }

    /// <summary>The open findings of one subject the user may see, with the marked ones; null when the user cannot see it.</summary>
    private static async Task<IReadOnlyList<Bevinding>?> FindingsOfAsync(LeerwerkDbContext db, ClaimsPrincipal user, DateOnly today, OnderwerpSoort soort, int id, CancellationToken ct)
    {
        if (soort == OnderwerpSoort.Leerling)
        {
            var student = db.Leerlingen.ZichtbaarVoor(db, user).Where(l => l.Id == id);
            return await student.AnyAsync(ct) ? await SchoolBevindingen.ForLeerlingenAsync(db, student, today, metGezien: true, ct) : null;
        }

        var company = db.Leerbedrijven.Where(b => b.Id == id);
        return !LeerlingToegang.IsMentorOnly(user) && await company.AnyAsync(ct)
            ? await SchoolBevindingen.ForLeerbedrijvenAsync(db, company, today, ct)
            : null;
    }

    private static Task<int> SchoolOfAsync(LeerwerkDbContext db, OnderwerpSoort soort, int id, CancellationToken ct) =>
        soort == OnderwerpSoort.Leerling
            ? db.Leerlingen.Where(l => l.Id == id).Select(l => l.SchoolId).SingleAsync(ct)
            : db.Leerbedrijven.Where(b => b.Id == id).Select(b => b.SchoolId).SingleAsync(ct);
}
