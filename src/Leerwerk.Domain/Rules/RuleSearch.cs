using System.Globalization;
using System.Text;

namespace Leerwerk.Domain.Rules;

/// <summary>
/// Finds rules by a word a coordinator types: the id, a word from the Dutch text or from the citation.
/// Case, accents and hyphens do not matter, so "geintegreerde" finds "geïntegreerde" and
/// "leerwerkovereenkomst" finds "leer-werkovereenkomst".
/// </summary>
public static class RuleSearch
{
    /// <summary>
    /// The rules that match, in catalogue order, with an exact id match first. An empty query matches every rule.
    /// </summary>
    public static IReadOnlyList<RuleDefinition> Find(IEnumerable<RuleDefinition> rules, string? query)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var needle = Normalize(query ?? string.Empty);
        if (needle.Length == 0)
        {
            return [.. rules];
        }

        return
        [
            .. rules
                .Where(rule => Normalize(rule.Id) == needle
                    || Normalize(rule.Text).Contains(needle, StringComparison.Ordinal)
                    || Normalize(rule.Citation.Text).Contains(needle, StringComparison.Ordinal)
                    || Normalize(rule.Id).Contains(needle, StringComparison.Ordinal))
                .OrderBy(rule => Normalize(rule.Id) == needle ? 0 : 1),
        ];
    }

    /// <summary>Upper case, without diacritics, hyphens or repeated white space.</summary>
    public static string Normalize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        var lastWasSpace = true;
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark || c is '-' or '\u00AD' or '\u2010' or '\u2011')
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                if (!lastWasSpace)
                {
                    builder.Append(' ');
                }

                lastWasSpace = true;
                continue;
            }

            builder.Append(char.ToUpperInvariant(c));
            lastWasSpace = false;
        }

        return builder.ToString().TrimEnd();
    }
}
