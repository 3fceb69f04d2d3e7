using Leerwerk.Data;
using Leerwerk.Domain;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Examens.Rules;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Rules;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Examen.Planning;

/// <summary>
/// The exam planning of the bb students in leerjaar 3 and 4, per class: for each subject with a centraal examen the
/// day of the CE (for the profielvak the cspe, rule D2), whether it is taken in leerjaar 3 (rule D3) and whether the
/// candidate herkanst it (UB WVO 2020 art. 3.38). Saved with one button; a wrong herkansing choice saves nothing and
/// names the student. Each student's planning findings are shown under the table; the audit trail keeps every change.
/// </summary>
[Authorize(Policy = Policies.Exam)]
[RequestFormLimits(ValueCountLimit = MaxVelden)]
public sealed class IndexModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    // Four fields per subject with a CE: a few hundred students with five CE subjects each fit.
    private const int MaxVelden = 20_000;

    public IReadOnlyList<string> Classes { get; private set; } = [];

    public IReadOnlyList<Regel> Regels { get; private set; } = [];

    /// <summary>The planning findings per student (only students with at least one).</summary>
    public IReadOnlyList<(Leerling Leerling, IReadOnlyList<Finding> Findings)> Bevindingen { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public string? Klas { get; set; }

    [BindProperty]
    public List<Invoer> Rijen { get; set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        var students = await LoadAsync(tracked: false, ct);
        Toon(students, null);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var students = await LoadAsync(tracked: true, ct);
        var vakken = students.SelectMany(s => s.Vakken.Where(v => v.HeeftCe).Select(v => (Student: s, Vak: v))).ToDictionary(x => x.Vak.Id);
        var gepost = new List<(Leerling Student, Vak Vak, Invoer Invoer)>();
        for (var i = 0; i < Rijen.Count; i++)
        {
            if (vakken.TryGetValue(Rijen[i].VakId, out var plek))
            {
                gepost.Add((plek.Student, plek.Vak, Rijen[i]));
            }
            else
            {
                ModelState.AddModelError($"Rijen[{i}]", "Een regel hoort niet bij de getoonde leerlingen (de lijst is intussen gewijzigd). Laad de pagina opnieuw.");
            }
        }

        foreach (var student in gepost.GroupBy(g => g.Student))
        {
            if (HerkansingKeuze.Fout(student.Where(g => g.Invoer.Herkansen).Select(g => g.Vak)) is { } fout)
            {
                ModelState.AddModelError($"Herkansing-{student.Key.Id}", $"{student.Key.FullName}: {fout}");
            }
        }

        if (!ModelState.IsValid)
        {
            Toon(students, Rijen);
            return Page();
        }

        var gewijzigd = 0;
        foreach (var (_, vak, invoer) in gepost)
        {
            if (vak.CeDatum != invoer.CeDatum || vak.CeInLeerjaar3 != invoer.CeInLeerjaar3 || vak.Herkansen != invoer.Herkansen)
            {
                (vak.CeDatum, vak.CeInLeerjaar3, vak.Herkansen) = (invoer.CeDatum, invoer.CeInLeerjaar3, invoer.Herkansen);
                gewijzigd++;
            }
        }

        await db.SaveChangesAsync(ct);
        TempData["Status"] = gewijzigd switch
        {
            0 => "Er is niets gewijzigd.",
            1 => "De planning van 1 vak is opgeslagen.",
            _ => $"De planning van {Nl.Amount(gewijzigd)} vakken is opgeslagen.",
        };
        return RedirectToPage(new { klas = Klas });
    }

    /// <summary>The name of an input, as the model binder reads it back.</summary>
    public static string Veld(int index, string veld) => FormattableString.Invariant($"Rijen[{index}].{veld}");

    private async Task<List<Leerling>> LoadAsync(bool tracked, CancellationToken ct)
    {
        var query = db.Leerlingen.Include(l => l.Vakken)
            .Where(l => (l.Leerjaar == 3 || l.Leerjaar == ExamenKandidaten.Leerjaar) && l.Leerweg == Leerweg.Bb);
        var all = await (tracked ? query : query.AsNoTracking()).ToListAsync(ct);
        Classes = [.. all.Select(s => s.ClassName ?? "").Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal)];
        Klas = string.IsNullOrWhiteSpace(Klas) ? null : Klas;
        return [.. all.Where(s => Klas is null || s.ClassName == Klas)
            .OrderBy(s => s.LastName, StringComparer.Ordinal).ThenBy(s => s.FirstName, StringComparer.Ordinal)];
    }

    /// <summary>The rows (stored values, or what was posted when shown again with its errors) and the findings on what is stored.</summary>
    private void Toon(List<Leerling> students, List<Invoer>? gepost)
    {
        var posted = gepost?.GroupBy(r => r.VakId).ToDictionary(g => g.Key, g => g.First()) ?? [];
        Regels = [.. students.SelectMany(s => s.Vakken.Where(v => v.HeeftCe).OrderBy(v => v.Id).Select(v => new Regel(s, v,
            posted.TryGetValue(v.Id, out var p) ? p : new Invoer { VakId = v.Id, CeDatum = v.CeDatum, CeInLeerjaar3 = v.CeInLeerjaar3, Herkansen = v.Herkansen })))];
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Bevindingen = [.. students.Select(s => (s, ExamenPlanning.Evaluate(s, today))).Where(b => b.Item2.Count > 0)];
    }

    /// <summary>One row of the table: the student, the subject with a centraal examen and the values in its inputs.</summary>
    public sealed record Regel(Leerling Leerling, Vak Vak, Invoer Invoer);

    /// <summary>The inputs of one row as posted.</summary>
    public sealed class Invoer
    {
        public int VakId { get; set; }

        public DateOnly? CeDatum { get; set; }

        public bool CeInLeerjaar3 { get; set; }

        public bool Herkansen { get; set; }
    }
}
