using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Toegang;

/// <summary>
/// Which kind of record (<see cref="IsolatieSoort"/>) each id-like value of an endpoint names, so the isolation test can
/// fill in school B's record of that kind. A value this map does not know fails the test: a new page or handler that
/// takes an id is covered once someone says here what the id is of.
/// </summary>
public static class IsolatieKaart
{
    /// <summary>A value that is no id of a record (a school year, a page number, a document name): filled as the matrix does.</summary>
    public const string GeenId = "";

    /// <summary>"id" in the route names a different kind per page: the longest matching prefix decides.</summary>
    private static readonly (string Prefix, string Soort)[] IdPerRoute =
    [
        ("/Berichten/", IsolatieSoort.Bericht),
        ("/Documenten/Leerwerkovereenkomst/", IsolatieSoort.Leerwerkovereenkomst),
        ("/Documenten/Samenwerkingsovereenkomst/", IsolatieSoort.Samenwerking),
        ("/Examen/Vakcodes", IsolatieSoort.VakCode),
        ("/Examen/", IsolatieSoort.Leerling),
        ("/Gebruikers/", IsolatieSoort.Gebruiker),
        ("/Inrichting/", IsolatieSoort.School),
        ("/Schoollogo/", IsolatieSoort.School),
        ("/Keuzevakken", IsolatieSoort.Keuzevak),

        // The national holidays are the installation's, no school's.
        ("/LandelijkeVakanties", GeenId),
        ("/Leerbedrijven/Erkenning/", IsolatieSoort.Erkenning),
        ("/Leerbedrijven/Praktijkbegeleider/", IsolatieSoort.Praktijkbegeleider),
        ("/Leerbedrijven/", IsolatieSoort.Leerbedrijf),
        ("/Leerlingen/", IsolatieSoort.Leerling),
        ("/Mbo/Leerling/", IsolatieSoort.Leerling),
        ("/MboInstellingen/", IsolatieSoort.MboInstelling),
        ("/Overeenkomsten/Samenwerking", IsolatieSoort.Samenwerking),
        ("/Overeenkomsten/", IsolatieSoort.Leerwerkovereenkomst),
        ("/StageUren/", IsolatieSoort.Leerling),
        ("/ApiSleutels", IsolatieSoort.ApiSleutel),
        ("/api/v1/leerbedrijven/", IsolatieSoort.Leerbedrijf),
        ("/api/v1/leerlingen/", IsolatieSoort.Leerling),
        ("/api/v1/leerwerkovereenkomsten/", IsolatieSoort.Leerwerkovereenkomst),
        ("/api/v1/samenwerkingsovereenkomsten/", IsolatieSoort.Samenwerking),
        ("/api/v1/stage-uren/", IsolatieSoort.StageUren),
    ];

    /// <summary>Every other id-like value by its name (the last part, "LeerlingId" of "Input.LeerlingId"), the same on every page.</summary>
    private static readonly Dictionary<string, string> PerNaam = new(StringComparer.OrdinalIgnoreCase)
    {
        ["leerlingId"] = IsolatieSoort.Leerling,
        ["onderwerpId"] = IsolatieSoort.Leerling,
        ["Gekozen"] = IsolatieSoort.Leerling,
        ["leerbedrijfId"] = IsolatieSoort.Leerbedrijf,
        ["NewLeerbedrijfId"] = IsolatieSoort.Leerbedrijf,
        ["Leerbedrijf"] = IsolatieSoort.Leerbedrijf,
        ["Bedrijf"] = IsolatieSoort.Leerbedrijf,
        ["PraktijkbegeleiderId"] = IsolatieSoort.Praktijkbegeleider,
        ["mboInstellingId"] = IsolatieSoort.MboInstelling,
        ["leerwerkovereenkomstId"] = IsolatieSoort.Leerwerkovereenkomst,
        ["regel"] = IsolatieSoort.StageUren,
        ["RegelId"] = IsolatieSoort.StageUren,
        ["link"] = IsolatieSoort.Tekenlink,
        ["gezienId"] = IsolatieSoort.Gezien,
        ["periodeId"] = IsolatieSoort.VrijePeriode,
        ["VakId"] = IsolatieSoort.Vak,
        ["AanbodId"] = IsolatieSoort.Keuzevak,
        ["schoolId"] = IsolatieSoort.School,
        ["bestuurId"] = IsolatieSoort.Bestuur,
        ["VoorbeeldId"] = IsolatieSoort.ImportBestand,

        // Not ids of a record: a school year (also as "2026-2027"), an error code, paging, a class year, the OpenAPI document's name, SBB's own number.
        ["jaar"] = GeenId,
        ["schooljaar"] = GeenId,
        ["code"] = GeenId,
        ["pagina"] = GeenId,
        ["page"] = GeenId,
        ["pageSize"] = GeenId,
        ["leerjaar"] = GeenId,
        ["documentName"] = GeenId,
        ["SbbLeerbedrijfId"] = GeenId,
    };

    /// <summary>The kind of record <paramref name="parameter"/> of <paramref name="eindpunt"/> names; <see cref="GeenId"/> for none; null when unknown.</summary>
    public static string? SoortVan(Eindpunt eindpunt, Parameter parameter)
    {
        ArgumentNullException.ThrowIfNull(eindpunt);
        ArgumentNullException.ThrowIfNull(parameter);
        var name = parameter.Name[(parameter.Name.LastIndexOf('.') + 1)..];
        if (name == "token")
        {
            return eindpunt.Route.StartsWith("/ondertekenen/", StringComparison.Ordinal) ? IsolatieSoort.Tekentoken : IsolatieSoort.Goedkeuringstoken;
        }

        if (string.Equals(name, "id", StringComparison.OrdinalIgnoreCase))
        {
            return IdPerRoute.Where(r => eindpunt.Route.StartsWith(r.Prefix, StringComparison.Ordinal))
                .OrderByDescending(r => r.Prefix.Length)
                .Select(r => r.Soort)
                .FirstOrDefault();
        }

        return PerNaam.GetValueOrDefault(name);
    }
}
