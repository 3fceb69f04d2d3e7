using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Web.Bevindingen;

/// <summary>The worklist's filters, as the query string carries them; an empty filter lets everything through.</summary>
public sealed class BevindingenFilter
{
    /// <summary>The value of <see cref="Soort"/> for MOET findings of severity error only (upper case, as compared).</summary>
    public const string MoetFout = "MOET-FOUT";

    /// <summary>"MOET", "MOET-fout" (a MOET finding that breaches the law, severity error) or "ADVIES".</summary>
    public string? Soort { get; set; }

    /// <summary>A catalogue id ("E6"); a finer finding id ("D7-LWT") counts as its catalogue id.</summary>
    public string? Regel { get; set; }

    public int? Leerjaar { get; set; }

    public string? Klas { get; set; }

    public string? Mentor { get; set; }

    public string? Profiel { get; set; }

    public int? Leerbedrijf { get; set; }

    public Leerroute? Route { get; set; }

    public IEnumerable<Bevinding> Apply(IEnumerable<Bevinding> bevindingen)
    {
        ArgumentNullException.ThrowIfNull(bevindingen);
        var code = Soort?.Trim().ToUpperInvariant();
        var soort = code switch
        {
            "MOET" or MoetFout => RuleKind.Moet,
            "ADVIES" => RuleKind.Advies,
            _ => (RuleKind?)null,
        };
        var alleenFouten = code == MoetFout;
        var regel = string.IsNullOrWhiteSpace(Regel) ? null : Regel.Trim();
        return bevindingen.Where(b =>
            (soort is null || b.Finding.Kind == soort)
            && (!alleenFouten || b.IsMoetFout)
            && (regel is null || string.Equals(RuleCatalog.BaseId(b.Finding.RuleId), regel, StringComparison.OrdinalIgnoreCase)
                || string.Equals(b.Finding.RuleId, regel, StringComparison.OrdinalIgnoreCase))
            && (Leerjaar is null || b.Leerling?.Leerjaar == Leerjaar)
            && (string.IsNullOrWhiteSpace(Klas) || string.Equals(b.Leerling?.ClassName, Klas, StringComparison.OrdinalIgnoreCase))
            && (string.IsNullOrWhiteSpace(Mentor) || string.Equals(b.Leerling?.MentorName, Mentor, StringComparison.OrdinalIgnoreCase))
            && (string.IsNullOrWhiteSpace(Profiel) || string.Equals(b.Leerling?.ProfielCode, Profiel, StringComparison.OrdinalIgnoreCase))
            && (Leerbedrijf is null || b.LeerbedrijfIds.Contains(Leerbedrijf.Value))
            && (Route is null || b.Route == Route));
    }
}
