using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Leerwerk.Cli.Tests.Uitslag;

/// <summary>Writes candidates as a LAS export would: one row per candidate × subject, ';' and decimal commas.</summary>
internal static class LasCsv
{
    public const string Header = "kandidaat;leerweg;vak;soort;deel;se;ce;ce_herkansing;lo;kunstvakken";

    public static string From(IEnumerable<JsonElement> candidates)
    {
        var csv = new StringBuilder(Header).Append('\n');
        foreach (var c in candidates)
        {
            foreach (var s in c.GetProperty("subjects").EnumerateArray())
            {
                csv.Append(CultureInfo.InvariantCulture,
                    $"{Text(c, "id")};{Text(c, "route")};{Text(s, "name")};{Text(s, "kind")};{Text(s, "part")};{Number(s, "se")};{Number(s, "ce")};{Number(s, "ceResit")};{Text(c, "lo")};{Text(c, "kunstvakken")}\n");
            }
        }

        return csv.ToString();
    }

    private static string Text(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString()! : string.Empty;

    private static string Number(JsonElement e, string name) =>
        e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number
            ? v.GetDecimal().ToString(CultureInfo.GetCultureInfo("nl-NL"))
            : string.Empty;
}
