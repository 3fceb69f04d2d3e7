using System.Globalization;
using System.Text;

namespace Leerwerk.Bench.Uitslag;

/// <summary>Writes N candidates as the JSON input of <c>leerwerk uitslag</c>: a mix of BB and LWT, with herkansingen and extra subjects.</summary>
internal static class Kandidatenbestand
{
    public static byte[] Maak(int aantal, int seed)
    {
        var random = new Random(seed);
        var json = new StringBuilder(aantal * 1200).Append('[');
        for (var i = 0; i < aantal; i++)
        {
            if (i > 0)
            {
                json.Append(',');
            }

            var lwt = i % 3 == 0;
            json.Append(CultureInfo.InvariantCulture, $"{{\"id\":\"K{i}\",\"route\":\"{(lwt ? "lwt" : "bb")}\",\"subjects\":[");
            Vak(json, "nederlands", "nederlands", "gemeenschappelijk", Tiende(random), Tiende(random), first: true);
            Vak(json, "profielvak", "profielvak", "profieldeel", Tiende(random), Tiende(random));
            for (var k = 1; k <= 4; k++)
            {
                Vak(json, $"keuzevak {k}", "keuzevak", "vrij", random.Next(4, 10), null);
            }

            if (lwt)
            {
                Vak(json, "rekenen", "rekenen", null, random.Next(3, 9), null);
            }
            else
            {
                Vak(json, "engels", "engels", "gemeenschappelijk", Tiende(random), Tiende(random), resit: i % 10 == 1 ? Tiende(random) : null);
                Vak(json, "maatschappijleer", "maatschappijleer", "gemeenschappelijk", random.Next(500, 900) / 100m, null);
                Vak(json, "biologie", "avo", "profieldeel", Tiende(random), Tiende(random));
                Vak(json, "wiskunde", "wiskunde", "profieldeel", Tiende(random), Tiende(random));
                if (i % 7 == 2)
                {
                    Vak(json, "economie", "avo", "extra", Tiende(random), Tiende(random));
                }
            }

            json.Append(lwt ? "],\"lo\":null,\"kunstvakken\":null}" : "],\"lo\":\"voldoende\",\"kunstvakken\":\"goed\"}");
        }

        return Encoding.UTF8.GetBytes(json.Append(']').ToString());
    }

    private static decimal Tiende(Random random) => random.Next(45, 85) / 10m;

    private static void Vak(StringBuilder json, string name, string kind, string? part, decimal se, decimal? ce, bool first = false, decimal? resit = null)
    {
        if (!first)
        {
            json.Append(',');
        }

        json.Append(CultureInfo.InvariantCulture,
            $"{{\"name\":\"{name}\",\"kind\":\"{kind}\",\"part\":{(part is null ? "null" : $"\"{part}\"")},\"se\":{se},\"ce\":{(ce is null ? "null" : ce.Value.ToString(CultureInfo.InvariantCulture))}");
        if (resit is not null)
        {
            json.Append(CultureInfo.InvariantCulture, $",\"ceResit\":{resit}");
        }

        json.Append('}');
    }
}
