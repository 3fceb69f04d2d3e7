using Leerwerk.Domain.Examens;

namespace Leerwerk.Domain.Tests.Examens;

/// <summary>Candidates that pass by default (BB-01 and LWT-01 of exam-examples.json); tests change one thing.</summary>
internal static class A
{
    public static KandidaatVak Vak(string name, VakSoort soort, VakDeel? deel, decimal? se, decimal? ce = null, decimal? resit = null) =>
        new(name, soort, deel, se, ce, resit);

    public static Kandidaat Bb() => new("BB", UitslagRegeling.Bb,
    [
        Vak("nederlands", VakSoort.Nederlands, VakDeel.Gemeenschappelijk, 6.4m, 6.2m),
        Vak("engels", VakSoort.Engels, VakDeel.Gemeenschappelijk, 6.1m, 6.3m),
        Vak("maatschappijleer", VakSoort.Maatschappijleer, VakDeel.Gemeenschappelijk, 7m),
        Vak("biologie", VakSoort.Avo, VakDeel.Profieldeel, 6.5m, 6.1m),
        Vak("wiskunde", VakSoort.Wiskunde, VakDeel.Profieldeel, 6.2m, 6.0m),
        Vak("profielvak", VakSoort.Profielvak, VakDeel.Profieldeel, 6.8m, 6.6m),
        Vak("keuzevak 1", VakSoort.Keuzevak, VakDeel.Vrij, 6m),
        Vak("keuzevak 2", VakSoort.Keuzevak, VakDeel.Vrij, 6m),
        Vak("keuzevak 3", VakSoort.Keuzevak, VakDeel.Vrij, 7m),
        Vak("keuzevak 4", VakSoort.Keuzevak, VakDeel.Vrij, 6m),
    ], Beoordeling.Voldoende, Beoordeling.Voldoende);

    public static Kandidaat Lwt() => new("LWT", UitslagRegeling.Lwt,
    [
        Vak("nederlands", VakSoort.Nederlands, null, 6.5m, 6.1m),
        Vak("profielvak", VakSoort.Profielvak, null, 6.6m, 6.2m),
        Vak("keuzevak 1", VakSoort.Keuzevak, VakDeel.Vrij, 6m),
        Vak("keuzevak 2", VakSoort.Keuzevak, VakDeel.Vrij, 6m),
        Vak("keuzevak 3", VakSoort.Keuzevak, VakDeel.Vrij, 7m),
        Vak("keuzevak 4", VakSoort.Keuzevak, VakDeel.Vrij, 6m),
        Vak("rekenen", VakSoort.Rekenen, null, 5.8m),
    ]);

    /// <summary>The same candidate with one subject changed.</summary>
    public static Kandidaat With(this Kandidaat kandidaat, string name, Func<KandidaatVak, KandidaatVak> change) =>
        kandidaat with { Vakken = [.. kandidaat.Vakken.Select(v => v.Name == name ? change(v) : v)] };

    public static Kandidaat Grades(this Kandidaat kandidaat, string name, decimal? se, decimal? ce = null) =>
        kandidaat.With(name, v => v with { Se = se, Ce = ce });

    public static Kandidaat Without(this Kandidaat kandidaat, string name) =>
        kandidaat with { Vakken = [.. kandidaat.Vakken.Where(v => v.Name != name)] };

    public static Kandidaat Plus(this Kandidaat kandidaat, KandidaatVak vak) =>
        kandidaat with { Vakken = [.. kandidaat.Vakken, vak] };

    public static Uitslag Judge(this Kandidaat kandidaat, UitslagSettings? settings = null) =>
        UitslagBepaling.Bepaal(kandidaat, settings);

    public static UitslagReden Reason(this Uitslag uitslag, string ruleId) =>
        Assert.Single(uitslag.Redenen, r => r.RuleId == ruleId);

    public static int Grade(this Uitslag uitslag, string name) =>
        Assert.Single(uitslag.Eindcijfers, e => e.Vak == name).Cijfer;
}
