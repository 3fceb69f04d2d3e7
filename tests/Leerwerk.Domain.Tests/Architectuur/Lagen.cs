namespace Leerwerk.Domain.Tests.Architectuur;

/// <summary>
/// The layers of the domain (docs/ARCHITECTURE.md, "Areas of the domain"): a namespace may use namespaces of a lower
/// layer, and of its own layer only inside its own area (Examens and Examens.Uitslagen call each other; that is the
/// engine's own business). Nothing uses a higher layer, and two areas of one layer do not know each other, so the areas
/// cannot form a cycle. Every namespace of the domain must be listed: a new one is placed on purpose.
/// </summary>
internal static class Lagen
{
    public static readonly IReadOnlyDictionary<string, int> Domein = new Dictionary<string, int>(StringComparer.Ordinal)
    {
        // 0: the kernel: findings, the catalogue, Dutch formatting, text decoding and CSV reading and writing.
        ["Leerwerk.Domain"] = 0,
        ["Leerwerk.Domain.Rules"] = 0,
        ["Leerwerk.Domain.Rules.Catalog"] = 0,
        ["Leerwerk.Domain.Csv"] = 0,

        // 1: the law that stands on its own: profielen, the school calendar, the exam engine, the intake steps, and the
        // checked data every party has (BRIN, postcode, address).
        ["Leerwerk.Domain.Profielen"] = 1,
        ["Leerwerk.Domain.Kalender"] = 1,
        ["Leerwerk.Domain.Examens"] = 1,
        ["Leerwerk.Domain.Examens.Invoer"] = 1,
        ["Leerwerk.Domain.Examens.Uitslagen"] = 1,
        ["Leerwerk.Domain.Leerlingen.Intakes"] = 1,
        ["Leerwerk.Domain.Scholen.Gegevens"] = 1,

        // 2: the parties: schools and mbo partners, students (with their grades), leerbedrijven (with erkenningen).
        ["Leerwerk.Domain.Scholen"] = 2,
        ["Leerwerk.Domain.Leerlingen"] = 2,
        ["Leerwerk.Domain.Leerlingen.Import"] = 2,
        ["Leerwerk.Domain.Leerbedrijven"] = 2,
        ["Leerwerk.Domain.Leerbedrijven.Import"] = 2,

        // 3: the agreements between them, with the signatures, the mandatory content and the status machine.
        ["Leerwerk.Domain.Overeenkomsten"] = 3,

        // 4: what happens under an agreement or after school: stage hours, route advice, doorstroom to mbo.
        ["Leerwerk.Domain.StageUren"] = 4,
        ["Leerwerk.Domain.Leerlingen.Routes"] = 4,
        ["Leerwerk.Domain.Doorstroom"] = 4,

        // 5: the dossier: everything the law looks at for one student.
        ["Leerwerk.Domain.Dossiers"] = 5,

        // 6: what is read from a dossier: each area's rules, the hour count and the forecast.
        ["Leerwerk.Domain.StageUren.Telling"] = 6,
        ["Leerwerk.Domain.StageUren.Prognose"] = 6,
        ["Leerwerk.Domain.StageUren.Rules"] = 6,
        ["Leerwerk.Domain.Leerlingen.Rules"] = 6,
        ["Leerwerk.Domain.Leerlingen.Intakes.Rules"] = 6,
        ["Leerwerk.Domain.Leerbedrijven.Rules"] = 6,
        ["Leerwerk.Domain.Overeenkomsten.Rules"] = 6,
        ["Leerwerk.Domain.Examens.Rules"] = 6,

        // 7: the dossier check: every rule, in the order staff read them.
        ["Leerwerk.Domain.Controle"] = 7,
    };

    /// <summary>
    /// "Leerwerk.Domain.StageUren.Telling" → "StageUren". The kernel (layer 0: the root, Rules, Csv) is one area, "":
    /// its small parts (findings, Dutch formatting, CSV) serve each other and everything above them.
    /// </summary>
    public static string Area(string ns)
    {
        if (Domein.TryGetValue(ns, out var laag) && laag == 0)
        {
            return string.Empty;
        }

        var parts = ns.Split('.');
        return parts.Length > 2 ? parts[2] : string.Empty;
    }

    /// <summary>Every use that breaks the layering, in Dutch, with the type that makes it.</summary>
    public static List<string> Overtredingen(IReadOnlyDictionary<string, Dictionary<string, string>> graaf, IReadOnlyDictionary<string, int> lagen)
    {
        var fouten = new List<string>();
        foreach (var (van, gebruikt) in graaf.OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            if (!lagen.TryGetValue(van, out var laagVan))
            {
                fouten.Add($"{van} staat in geen laag");
                continue;
            }

            foreach (var (naar, voorbeeld) in gebruikt.OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                if (!lagen.TryGetValue(naar, out var laagNaar))
                {
                    fouten.Add($"{naar} staat in geen laag");
                }
                else if (laagNaar > laagVan || (laagNaar == laagVan && Area(van) != Area(naar)))
                {
                    fouten.Add($"{van} (laag {laagVan}) gebruikt {naar} (laag {laagNaar}): {voorbeeld}");
                }
            }
        }

        return fouten;
    }
}
