using System.CommandLine;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Leerwerk.Domain;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Cli.Commands;

/// <summary>
/// <c>leerwerk regels</c>: the catalogue "wat moet en wat mag" grouped by area, or as JSON for scripts;
/// <c>--zoek</c> filters on id, text and citation. Writes to the invocation's output, so tests can capture it.
/// </summary>
internal static class RegelsCommand
{
    private const int Width = 100;
    private const string Indent = "              ";

    // Output goes to a terminal or a file, never into HTML: keep "geïntegreerde" and "D&P" readable.
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static Command Create()
    {
        var json = new Option<bool>("--json")
        {
            Description = "Schrijf de regels als JSON: id, kind, area, text, citation, historicalCitation, url, checkedIn.",
        };
        var zoek = new Option<string>("--zoek")
        {
            Description = "Toon alleen de regels waarvan id, tekst of wetsartikel deze tekst bevat (hoofdletters, accenten en streepjes tellen niet).",
        };
        var command = new Command("regels", "Toon wat moet en wat mag bij een leer-werktraject, met het wetsartikel bij elke regel.");
        command.Options.Add(json);
        command.Options.Add(zoek);
        command.SetAction(parseResult =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var query = parseResult.GetValue(zoek);
            var rules = RuleCatalog.Search(query ?? string.Empty);
            if (parseResult.GetValue(json))
            {
                WriteJson(output, rules);
            }
            else
            {
                WriteList(output, rules, query);
            }

            return 0;
        });
        return command;
    }

    private static void WriteJson(TextWriter output, IReadOnlyList<RuleDefinition> rules)
    {
        var items = rules.Select(rule => new RuleJson(
            rule.Id,
            RuleKindText.Label(rule.Kind),
            rule.Area,
            RuleCatalog.AreaTitle(rule.Area),
            rule.Text,
            rule.Citation.Text,
            rule.Citation.Historical,
            rule.Citation.Source.AbsoluteUri,
            rule.CheckedIn));
        output.WriteLine(JsonSerializer.Serialize(items, JsonOptions));
    }

    private static void WriteList(TextWriter output, IReadOnlyList<RuleDefinition> rules, string? query)
    {
        if (string.IsNullOrWhiteSpace(query))
        {
            output.WriteLine(string.Create(Nl.Culture, $"Wat moet en wat mag bij een leer-werktraject: {rules.Count} regels."));
        }
        else if (rules.Count == 0)
        {
            output.WriteLine($"Geen regels gevonden voor \"{query}\".");
            return;
        }
        else
        {
            output.WriteLine(string.Create(Nl.Culture, $"{rules.Count} {(rules.Count == 1 ? "regel" : "regels")} gevonden voor \"{query}\"."));
        }

        foreach (var area in rules.GroupBy(rule => rule.Area))
        {
            output.WriteLine();
            output.WriteLine($"{area.Key}. {RuleCatalog.AreaTitle(area.Key)}");
            foreach (var rule in area)
            {
                var label = $"  {rule.Id,-4}{RuleKindText.Label(rule.Kind),-8}";
                WriteWrapped(output, label, rule.Text);
                WriteWrapped(output, Indent, rule.Citation.Text);
                WriteWrapped(output, Indent, $"Gecontroleerd in: {string.Join(", ", rule.CheckedIn)}");
            }
        }
    }

    private static void WriteWrapped(TextWriter output, string prefix, string text)
    {
        var line = new StringBuilder(prefix);
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > Indent.Length && line.Length + 1 + word.Length > Width)
            {
                output.WriteLine(line.ToString().TrimEnd());
                line.Clear().Append(Indent);
            }

            line.Append(line.Length > Indent.Length ? " " : string.Empty).Append(word);
        }

        output.WriteLine(line.ToString().TrimEnd());
    }

    private sealed record RuleJson(
        string Id,
        string Kind,
        string Area,
        string AreaTitle,
        string Text,
        string Citation,
        string? HistoricalCitation,
        string Url,
        IReadOnlyList<string> CheckedIn);
}
