using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Leerwerk.Data.Auditing;
using Leerwerk.Domain.Leerlingen;

namespace Leerwerk.Data.Avg;

/// <summary>
/// What identifies the student in text: <see cref="Everywhere"/> (full names, number, the parents' names and contact
/// data, now and as the audit trail remembers them) is searched in the school's whole trail and outbox; <see cref="Own"/>
/// adds the first and last name alone and the address, for the student's own records and their entries, where a bare
/// "Bos" can only be them (elsewhere it may be another student).
/// </summary>
internal sealed record Needles(Regex Everywhere, Regex Own, IReadOnlyList<string> Texts)
{
    public static Needles Of(Leerling student, IEnumerable<WettelijkVertegenwoordiger> parents, IReadOnlyList<AuditEntry> history)
    {
        var firstNames = new HashSet<string>(StringComparer.Ordinal) { student.FirstName };
        var lastNames = new HashSet<string>(StringComparer.Ordinal) { Family(student.Tussenvoegsel, student.LastName), student.LastName };
        var everywhere = new HashSet<string>(StringComparer.Ordinal) { student.Leerlingnummer, student.Email ?? string.Empty };
        var own = new HashSet<string>(StringComparer.Ordinal) { student.Street ?? string.Empty, student.PostalCode ?? string.Empty };
        foreach (var parent in parents)
        {
            everywhere.UnionWith([parent.Name, parent.Email ?? string.Empty, parent.Phone ?? string.Empty]);
        }

        // Earlier values (a name corrected, a parent replaced) are in the trail; they identify the student as well.
        foreach (var entry in history)
        {
            var values = Values(entry.Changes);
            if (entry.EntityType == nameof(Leerling))
            {
                firstNames.UnionWith(values.GetValueOrDefault("FirstName", []));
                lastNames.UnionWith(values.GetValueOrDefault("LastName", []));
                everywhere.UnionWith(values.GetValueOrDefault("Leerlingnummer", []));
                everywhere.UnionWith(values.GetValueOrDefault("Email", []));
                own.UnionWith(values.GetValueOrDefault("Street", []));
                own.UnionWith(values.GetValueOrDefault("PostalCode", []));
            }
            else if (entry.EntityType == nameof(WettelijkVertegenwoordiger))
            {
                everywhere.UnionWith(values.GetValueOrDefault("Name", []));
                everywhere.UnionWith(values.GetValueOrDefault("Email", []));
                everywhere.UnionWith(values.GetValueOrDefault("Phone", []));
            }
        }

        foreach (var first in firstNames)
        {
            everywhere.UnionWith(lastNames.Select(last => $"{first} {last}"));
        }

        own.UnionWith(everywhere);
        own.UnionWith(firstNames);
        own.UnionWith(lastNames);
        var texts = everywhere.Where(Usable).ToList();
        return new Needles(Pattern(texts), Pattern([.. own.Where(Usable)]), texts);
    }

    /// <summary>The texts to look for in the database: as typed, as JSON escapes them, as HTML encodes them.</summary>
    public IEnumerable<string> SearchTexts() =>
        Texts.Select(t => t.Trim()).SelectMany(t => new[] { t, JsonSerializer.Serialize(t)[1..^1], WebUtility.HtmlEncode(t) })
            .Distinct(StringComparer.Ordinal);

    // One name of one or two letters is too short to find safely in free text ("Jo" in "Jonas").
    private static bool Usable(string text) => text.Trim().Length >= 3;

    private static string Family(string? tussenvoegsel, string lastName) =>
        string.IsNullOrWhiteSpace(tussenvoegsel) ? lastName : $"{tussenvoegsel} {lastName}";

    // Longest first, so "Dewi Hoekstra" goes whole before "Dewi"; never inside a longer word or number.
    private static Regex Pattern(List<string> texts)
    {
        if (texts.Count == 0)
        {
            // Nothing to look for: a pattern that never matches (an empty alternation would match everywhere).
            return new Regex("(?!)", RegexOptions.None, TimeSpan.FromSeconds(2));
        }

        var variants = texts.SelectMany(t => new[] { t.Trim(), WebUtility.HtmlEncode(t.Trim()) })
            .Distinct(StringComparer.Ordinal)
            .OrderByDescending(t => t.Length)
            .Select(Regex.Escape);
        return new Regex($@"(?<![\p{{L}}\p{{N}}])(?:{string.Join('|', variants)})(?![\p{{L}}\p{{N}}])",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, TimeSpan.FromSeconds(2));
    }

    private static Dictionary<string, List<string>> Values(string changes)
    {
        var result = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        try
        {
            if (JsonNode.Parse(changes) is JsonObject obj)
            {
                foreach (var (name, value) in obj)
                {
                    IEnumerable<string?> texts = value switch
                    {
                        JsonArray pair => pair.Select(v => v is JsonValue s && s.TryGetValue<string>(out var t) ? t : null),
                        JsonValue s when s.TryGetValue<string>(out var t) => [t],
                        _ => [],
                    };
                    result[name] = [.. texts.OfType<string>()];
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON (never written so): nothing to learn from it.
        }

        return result;
    }
}
