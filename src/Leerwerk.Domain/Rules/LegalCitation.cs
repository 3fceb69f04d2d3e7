namespace Leerwerk.Domain.Rules;

/// <summary>
/// Where a rule stands in the law: the article in force, the article the brochure quotes (the old
/// numbering, shown in brackets), and the page on wetten.overheid.nl.
/// </summary>
/// <param name="Current">The article in force, e.g. "WVO 2020 art. 2.104".</param>
/// <param name="Historical">The article before the 2021/2022 renumbering, e.g. "WVO art. 10b7 lid 1"; null when there is none.</param>
/// <param name="Source">The article on wetten.overheid.nl, or the brochure when the rule is practice only.</param>
public sealed record LegalCitation(string Current, string? Historical, Uri Source)
{
    /// <summary>The citation as shown to users: the current article with the old one in brackets.</summary>
    public string Text => Historical is null ? Current : $"{Current} (was {Historical})";

    public override string ToString() => Text;
}
