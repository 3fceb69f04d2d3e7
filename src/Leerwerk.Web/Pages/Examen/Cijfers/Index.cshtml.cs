using Leerwerk.Data;
using Leerwerk.Domain;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Examen.Cijfers;

/// <summary>
/// Grade entry for a class or the whole cohort: one row per candidate × subject with plain inputs for SE, CE and
/// CE-herkansing (decimal commas, tab from input to input), saved with one button. Every grade is checked first
/// (<see cref="CijferTekst"/>); one bad grade saves nothing and names the student, the subject and the grade. A changed
/// grade gets the day and who recorded it; the audit trail keeps the value before and after.
/// </summary>
[Authorize(Policy = Policies.Exam)]
[RequestFormLimits(ValueCountLimit = MaxVelden)]
public sealed class IndexModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    // Four fields per subject: a cohort of a few hundred candidates with a dozen subjects each fits.
    private const int MaxVelden = 40_000;

    public IReadOnlyList<string> Classes { get; private set; } = [];

    public IReadOnlyList<Regel> Regels { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Klas { get; set; }

    [BindProperty]
    public List<Invoer> Rijen { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var students = await LoadAsync(tracked: false, ct);
        Regels = MaakRegels(students, null);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var students = await LoadAsync(tracked: true, ct);
        var vakken = students.SelectMany(s => s.Vakken.Select(v => (Student: s, Vak: v))).ToDictionary(x => x.Vak.Id);
        var nieuw = new List<(Vak Vak, VakCijfer Cijfer, decimal? Waarde)>();
        for (var i = 0; i < Rijen.Count; i++)
        {
            var rij = Rijen[i];
            if (!vakken.TryGetValue(rij.VakId, out var plek))
            {
                ModelState.AddModelError($"Rijen[{i}]", "Een regel hoort niet bij de getoonde kandidaten (de lijst is intussen gewijzigd). Laad de pagina opnieuw.");
                continue;
            }

            foreach (var cijfer in Enum.GetValues<VakCijfer>())
            {
                if (cijfer != VakCijfer.Se && !plek.Vak.HeeftCe)
                {
                    continue;
                }

                var (waarde, fout) = CijferTekst.Lees(rij.Tekst(cijfer), plek.Vak.Soort, cijfer);
                if (fout is not null)
                {
                    ModelState.AddModelError(Veld(i, cijfer), $"{plek.Student.FullName}, {plek.Vak.Name}, {CijferTekst.Naam(cijfer)}: {fout}");
                }
                else
                {
                    nieuw.Add((plek.Vak, cijfer, waarde));
                }
            }
        }

        if (!ModelState.IsValid)
        {
            Regels = MaakRegels(students, Rijen);
            return Page();
        }

        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        var door = User.Identity?.Name ?? "onbekend";
        var gewijzigd = nieuw.Count(n => n.Vak.Registreer(n.Cijfer, n.Waarde, today, door));
        await db.SaveChangesAsync(ct);
        TempData["Status"] = gewijzigd switch
        {
            0 => "Er is geen cijfer gewijzigd.",
            1 => "1 cijfer opgeslagen.",
            _ => $"{Nl.Amount(gewijzigd)} cijfers opgeslagen.",
        };
        return RedirectToPage(new { klas = Klas });
    }

    /// <summary>The name of an input, as the model binder reads it back and ModelState keys its error.</summary>
    public static string Veld(int index, VakCijfer cijfer) => FormattableString.Invariant($"Rijen[{index}].{cijfer}");

    /// <summary>"3 juni 2027 door examensecretaris": the latest of the three grades' recording, or nothing.</summary>
    public static string LaatstVastgelegd(Vak vak)
    {
        ArgumentNullException.ThrowIfNull(vak);
        (DateOnly? Op, string? Door)[] vastgelegd =
            [(vak.SeRecordedOn, vak.SeRecordedBy), (vak.CeRecordedOn, vak.CeRecordedBy), (vak.CeResitRecordedOn, vak.CeResitRecordedBy)];
        var laatst = vastgelegd.Where(v => v.Op is not null).OrderByDescending(v => v.Op).FirstOrDefault();
        return laatst.Op is { } op ? $"{Nl.Date(op)} door {laatst.Door}" : "";
    }

    private async Task<List<Leerling>> LoadAsync(bool tracked, CancellationToken ct)
    {
        var query = db.Leerlingen.Include(l => l.Vakken)
            .Where(l => l.Leerjaar == ExamenKandidaten.Leerjaar && l.Leerweg == Leerweg.Bb && l.UitgestroomdOp == null);
        var all = await (tracked ? query : query.AsNoTracking()).ToListAsync(ct);
        Classes = [.. all.Select(s => s.ClassName ?? "").Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal)];
        Klas = string.IsNullOrWhiteSpace(Klas) ? null : Klas;
        return [.. all.Where(s => Klas is null || s.ClassName == Klas)
            .OrderBy(s => s.LastName, StringComparer.Ordinal).ThenBy(s => s.FirstName, StringComparer.Ordinal)];
    }

    /// <summary>The rows to show: stored grades, or what was posted when it is shown again with its errors.</summary>
    private static List<Regel> MaakRegels(List<Leerling> students, List<Invoer>? gepost)
    {
        var posted = gepost?.GroupBy(r => r.VakId).ToDictionary(g => g.Key, g => g.First()) ?? [];
        var regels = new List<Regel>();
        foreach (var student in students)
        {
            foreach (var vak in student.Vakken.OrderBy(v => v.Id))
            {
                var invoer = posted.TryGetValue(vak.Id, out var p) ? p : new Invoer
                {
                    VakId = vak.Id,
                    Se = CijferTekst.Toon(vak.Se),
                    Ce = CijferTekst.Toon(vak.Ce),
                    CeHerkansing = CijferTekst.Toon(vak.CeResit),
                };
                regels.Add(new Regel(student, vak, invoer));
            }
        }

        return regels;
    }

    /// <summary>One row of the table: the student, the subject and the values in its inputs.</summary>
    public sealed record Regel(Leerling Leerling, Vak Vak, Invoer Invoer);

    /// <summary>The inputs of one row as posted: the subject's id and the three grades as typed.</summary>
    public sealed class Invoer
    {
        public int VakId { get; set; }

        public string? Se { get; set; }

        public string? Ce { get; set; }

        public string? CeHerkansing { get; set; }

        public string? Tekst(VakCijfer cijfer) => cijfer switch
        {
            VakCijfer.Se => Se,
            VakCijfer.Ce => Ce,
            _ => CeHerkansing,
        };
    }
}
