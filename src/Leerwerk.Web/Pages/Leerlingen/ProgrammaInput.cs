using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Scholen;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Leerwerk.Web.Pages.Leerlingen;

/// <summary>
/// The programme form: which subjects the student takes. A programme that breaks a rule is still saved (the
/// law's "no" is a finding on the page); only malformed input is refused, and a subject that already has
/// grades is never removed here, so no grade is lost.
/// </summary>
public sealed class ProgrammaInput
{
    public const string Rekenen = "rekenen";
    public const string Wiskunde = "wiskunde";
    public const string Geen = "geen";

    /// <summary>The BB subjects a school may add wholly or partly (rule C3); Engels keeps its own kind for the uitslag engine.</summary>
    public static readonly IReadOnlyList<string> ExtraVakkeuze = ["Engels", "Economie", "Biologie", "Nask1", "Duits", "Frans", "Geschiedenis"];

    public bool Nederlands { get; set; }

    public bool Profielvak { get; set; }

    public List<KeuzevakRegel> Keuzevakken { get; set; } = [];

    public string RekenenOfWiskunde { get; set; } = Rekenen;

    public List<ExtraVakRegel> Extra { get; set; } = [];

    public bool MaatschappelijkeStage { get; set; }

    public bool Maatschappijleer { get; set; }

    public bool Kunst { get; set; }

    public bool Lo { get; set; }

    public static string ProfielvakName(Leerling student) =>
        $"Profielvak {Domain.Profielen.Profielen.Find(student.ProfielCode)?.Name.ToLowerInvariant() ?? "onbekend"}";

    public static ProgrammaInput From(Leerling student, IReadOnlyList<AangebodenKeuzevak> aanbod)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(aanbod);
        var vakken = student.Vakken;
        var input = new ProgrammaInput
        {
            Nederlands = vakken.Any(v => v.Soort == VakSoort.Nederlands),
            Profielvak = vakken.Any(v => v.Soort == VakSoort.Profielvak),
            RekenenOfWiskunde = vakken.Any(v => v.Soort == VakSoort.Wiskunde && v.Deel != VakDeel.Extra) ? Wiskunde
                : vakken.Any(v => v.Soort == VakSoort.Rekenen) ? Rekenen : Geen,
            MaatschappelijkeStage = student.MaatschappelijkeStage,
            Maatschappijleer = student.FollowsMaatschappijleer,
            Kunst = student.FollowsKunst,
            Lo = student.FollowsLo,
        };
        foreach (var keuzevak in aanbod)
        {
            var vak = Keuzevak(student, keuzevak.Name);
            input.Keuzevakken.Add(new KeuzevakRegel
            {
                AanbodId = keuzevak.Id,
                Gekozen = vak is not null,
                BuitenSchool = vak?.OutsideSchool ?? false,
                Docent = vak?.AssessingTeacher,
            });
        }

        input.Extra.AddRange(vakken.Where(v => v.Deel == VakDeel.Extra).OrderBy(v => v.Id)
            .Select(v => new ExtraVakRegel { Naam = v.Name, Gedeeltelijk = v.IsPartial }));
        input.Extra.Add(new ExtraVakRegel());
        input.Extra.Add(new ExtraVakRegel());
        return input;
    }

    /// <summary>Checks the form is well formed and applies it; errors name the field. Returns false when nothing may be saved.</summary>
    public bool TryApply(Leerling student, IReadOnlyList<AangebodenKeuzevak> aanbod, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(aanbod);
        ArgumentNullException.ThrowIfNull(modelState);
        Validate(student, aanbod, modelState);
        if (!modelState.IsValid)
        {
            return false;
        }

        var removals = new List<Vak>();
        Keep(student, removals, VakSoort.Nederlands, Nederlands, "Nederlands", VakDeel.Gemeenschappelijk);
        Keep(student, removals, VakSoort.Profielvak, Profielvak, ProfielvakName(student), VakDeel.Profieldeel);
        Keep(student, removals, VakSoort.Rekenen, RekenenOfWiskunde == Rekenen, "Rekenen", null);
        Keep(student, removals, VakSoort.Wiskunde, RekenenOfWiskunde == Wiskunde, "Wiskunde", null);
        ApplyKeuzevakken(student, aanbod, removals);
        ApplyExtra(student, removals);

        foreach (var vak in removals.Where(HasGrades))
        {
            modelState.AddModelError(string.Empty, $"{vak.Name} heeft al cijfers en kan hier niet worden weggehaald; haal eerst de cijfers weg bij Examen.");
        }

        if (!modelState.IsValid)
        {
            return false;
        }

        student.Vakken.RemoveAll(removals.Contains);
        student.MaatschappelijkeStage = MaatschappelijkeStage;
        student.FollowsMaatschappijleer = Maatschappijleer;
        student.FollowsKunst = Kunst;
        student.FollowsLo = Lo;
        return true;
    }

    private void Validate(Leerling student, IReadOnlyList<AangebodenKeuzevak> aanbod, ModelStateDictionary modelState)
    {
        if (RekenenOfWiskunde is not (Rekenen or Wiskunde or Geen))
        {
            modelState.AddModelError(nameof(RekenenOfWiskunde), "Kies rekenen, wiskunde of geen van beide.");
        }

        if (Profielvak && student.ProfielCode is null)
        {
            modelState.AddModelError(nameof(Profielvak), "De leerling heeft nog geen profiel; leg eerst het profiel vast bij Wijzigen.");
        }

        for (var i = 0; i < Keuzevakken.Count; i++)
        {
            var regel = Keuzevakken[i];
            if (aanbod.All(k => k.Id != regel.AanbodId))
            {
                modelState.AddModelError($"Keuzevakken[{i}]", $"Keuzevak {i + 1} staat niet in het aanbod van de school.");
            }

            if (regel.Docent is { Length: > 100 })
            {
                modelState.AddModelError($"Keuzevakken[{i}].Docent", $"De naam van de docent bij keuzevak {i + 1} is te lang (hoogstens 100 tekens).");
            }
        }

        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < Extra.Count; i++)
        {
            var naam = Extra[i].Naam?.Trim();
            if (string.IsNullOrEmpty(naam))
            {
                continue;
            }

            var known = ExtraVakkeuze.Contains(naam, StringComparer.OrdinalIgnoreCase)
                || student.Vakken.Any(v => v.Deel == VakDeel.Extra && string.Equals(v.Name, naam, StringComparison.OrdinalIgnoreCase));
            if (!known)
            {
                modelState.AddModelError($"Extra[{i}].Naam", $"Extra vak {i + 1}: '{naam}' is geen vak van de basisberoepsgerichte leerweg in deze lijst.");
            }
            else if (!names.Add(naam))
            {
                modelState.AddModelError($"Extra[{i}].Naam", $"Extra vak {i + 1}: {naam} staat er al.");
            }
        }
    }

    private static void Keep(Leerling student, List<Vak> removals, VakSoort soort, bool wanted, string name, VakDeel? deel)
    {
        var present = student.Vakken.Where(v => v.Soort == soort && v.Deel != VakDeel.Extra).ToList();
        if (wanted && present.Count == 0)
        {
            student.Vakken.Add(new Vak { SchoolId = student.SchoolId, Name = name, Soort = soort, Deel = deel });
        }
        else if (!wanted)
        {
            removals.AddRange(present);
        }
    }

    private void ApplyKeuzevakken(Leerling student, IReadOnlyList<AangebodenKeuzevak> aanbod, List<Vak> removals)
    {
        foreach (var regel in Keuzevakken)
        {
            var keuzevak = aanbod.Single(k => k.Id == regel.AanbodId);
            var vak = Keuzevak(student, keuzevak.Name);
            if (!regel.Gekozen)
            {
                if (vak is not null)
                {
                    removals.Add(vak);
                }

                continue;
            }

            if (vak is null)
            {
                vak = new Vak { SchoolId = student.SchoolId, Name = keuzevak.Name, Soort = VakSoort.Keuzevak, Deel = VakDeel.Vrij };
                student.Vakken.Add(vak);
            }

            vak.ModuleProfielCode = keuzevak.ProfielCode;
            vak.OutsideSchool = regel.BuitenSchool;
            vak.AssessingTeacher = string.IsNullOrWhiteSpace(regel.Docent) ? null : regel.Docent.Trim();
        }
    }

    private void ApplyExtra(Leerling student, List<Vak> removals)
    {
        var wanted = Extra.Where(e => !string.IsNullOrWhiteSpace(e.Naam)).ToList();
        foreach (var vak in student.Vakken.Where(v => v.Deel == VakDeel.Extra).ToList())
        {
            var regel = wanted.FirstOrDefault(e => string.Equals(e.Naam!.Trim(), vak.Name, StringComparison.OrdinalIgnoreCase));
            if (regel is null)
            {
                removals.Add(vak);
            }
            else
            {
                vak.IsPartial = regel.Gedeeltelijk;
                wanted.Remove(regel);
            }
        }

        foreach (var regel in wanted)
        {
            var naam = ExtraVakkeuze.First(n => string.Equals(n, regel.Naam!.Trim(), StringComparison.OrdinalIgnoreCase));
            student.Vakken.Add(new Vak
            {
                SchoolId = student.SchoolId,
                Name = naam,
                Soort = naam == "Engels" ? VakSoort.Engels : VakSoort.Avo,
                Deel = VakDeel.Extra,
                IsPartial = regel.Gedeeltelijk,
            });
        }
    }

    private static Vak? Keuzevak(Leerling student, string name) =>
        student.Vakken.FirstOrDefault(v => v.Soort == VakSoort.Keuzevak && v.Deel != VakDeel.Extra
            && string.Equals(v.Name, name, StringComparison.OrdinalIgnoreCase));

    private static bool HasGrades(Vak vak) => vak.Se is not null || vak.Ce is not null || vak.CeResit is not null;
}

/// <summary>One offered keuzevak in the programme form: chosen or not, and whether it is taught outside school (C7).</summary>
public sealed class KeuzevakRegel
{
    public int AanbodId { get; set; }

    public bool Gekozen { get; set; }

    public bool BuitenSchool { get; set; }

    public string? Docent { get; set; }
}

/// <summary>One extra subject (C3): its name and whether it is followed only partly.</summary>
public sealed class ExtraVakRegel
{
    public string? Naam { get; set; }

    public bool Gedeeltelijk { get; set; }
}
