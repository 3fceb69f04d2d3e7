using Leerwerk.Domain.Rules;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Regels;

/// <summary>"Wat moet en wat mag": the rule catalogue by area, searchable, public (it is the law, not a record).</summary>
[AllowAnonymous]
public sealed class IndexModel : PageModel
{
    public string? Zoek { get; private set; }

    public string? Soort { get; private set; }

    public IReadOnlyList<IGrouping<string, RuleDefinition>> Groups { get; private set; } = [];

    public int Count { get; private set; }

    public void OnGet(string? zoek, string? soort)
    {
        Zoek = zoek?.Trim();
        Soort = soort;
        var rules = RuleCatalog.Search(Zoek ?? string.Empty)
            .Where(r => string.IsNullOrEmpty(soort) || RuleKindText.Label(r.Kind) == soort)
            .ToList();
        Count = rules.Count;
        Groups = rules.GroupBy(r => r.Area).ToList();
    }
}
