using System.Globalization;
using System.Text.Json;
using Leerwerk.Domain;
using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Leerlingen.Intakes;
using Leerwerk.Domain.Overeenkomsten;

namespace Leerwerk.Cli.Controleer;

/// <summary>
/// Reads the input of <c>leerwerk controleer</c> (docs/controleer.md): one dossier object or an array of them,
/// into the same domain entities the web app loads from its database. Any invalid value makes the whole
/// input invalid; every error names its path.
/// </summary>
internal static partial class DossierInvoer
{
    private static readonly JsonDocumentOptions Options = new() { CommentHandling = JsonCommentHandling.Skip };

    private static readonly Dictionary<string, Leerroute> RouteAliases = new(StringComparer.Ordinal)
    {
        ["lwt"] = Leerroute.LeerWerktraject,
        ["bb"] = Leerroute.RegulierBb,
        ["regulier"] = Leerroute.RegulierBb,
    };

    /// <summary>The dossiers, or the Dutch errors that make the input unusable.</summary>
    public static (IReadOnlyList<Dossier> Dossiers, IReadOnlyList<string> Errors) Lees(ReadOnlyMemory<byte> utf8)
    {
        JsonDocument doc;
        try
        {
            doc = JsonDocument.Parse(utf8, Options);
        }
        catch (JsonException ex)
        {
            return ([], [string.Create(Nl.Culture,
                $"Het bestand is geen leesbare JSON: regel {(ex.LineNumber ?? 0) + 1}, positie {(ex.BytePositionInLine ?? 0) + 1}.")]);
        }

        using (doc)
        {
            var errors = new List<string>();
            var root = doc.RootElement;
            var elements = root.ValueKind switch
            {
                JsonValueKind.Array => root.EnumerateArray().ToList(),
                JsonValueKind.Object => [root],
                _ => null,
            };
            if (elements is null)
            {
                return ([], ["Het bestand moet één dossier (JSON-object) of een JSON-array van dossiers zijn."]);
            }

            var dossiers = new List<Dossier>();
            for (var i = 0; i < elements.Count; i++)
            {
                var path = string.Create(CultureInfo.InvariantCulture, $"dossiers[{i}]");
                if (elements[i].ValueKind != JsonValueKind.Object)
                {
                    errors.Add($"{path}: een dossier moet een JSON-object zijn.");
                    continue;
                }

                var dossier = Dossier(new JsonVeld(elements[i], path, errors));
                if (dossier is not null)
                {
                    dossiers.Add(dossier);
                }
            }

            return errors.Count > 0 ? ([], errors) : (dossiers, []);
        }
    }

    private static Dossier? Dossier(JsonVeld veld)
    {
        var leerlingVeld = veld.Object("leerling", required: true);
        if (leerlingVeld is null)
        {
            return null;
        }

        var leerling = Leerling(leerlingVeld);
        var plaatsingVelden = veld.Array("plaatsingen").ToList();
        var plaatsingen = plaatsingVelden.Select(Plaatsing).ToList();
        for (var i = 0; i < plaatsingen.Count; i++)
        {
            // uren[].plaatsing names a placement by its position: 1 is the first (E4–E6 count per agreement).
            plaatsingen[i].Id = i + 1;
        }

        LinkReplacements(plaatsingVelden, plaatsingen);
        foreach (var plaatsing in plaatsingen.Where(p => p.Leerbedrijf is not null && Stageperioden.Counts(p)))
        {
            // The student's own placement is hosting too (rule F2), next to the company's listed periods.
            plaatsing.Leerbedrijf!.LwtStageperioden.Add(Stageperioden.Of(plaatsing));
        }

        return new Dossier
        {
            Leerling = leerling,
            Samenwerkingsovereenkomsten = [.. veld.Array("samenwerkingsovereenkomsten").Select(Samenwerking)],
            Plaatsingen = plaatsingen,
            Uren = [.. veld.Array("uren").Select(u => Uur(u, plaatsingen))],
            Kalender = new Schooldagen(veld.Array("kalender").Select(Kalender).ToList()),
            Beleid = Beleid(veld.Object("beleid")),
            IntakeInstellingen = veld.Object("intakeInstellingen") is { } instellingen ? IntakeInstellingen(instellingen) : new(),
        };
    }

    private static Leerling Leerling(JsonVeld v)
    {
        var leerling = new Leerling
        {
            Leerlingnummer = v.Text("leerlingnummer", required: true) ?? string.Empty,
            FirstName = v.Text("firstName", required: true) ?? string.Empty,
            Tussenvoegsel = v.Text("tussenvoegsel"),
            LastName = v.Text("lastName", required: true) ?? string.Empty,
            BirthDate = v.Date("birthDate", required: true) ?? default,
            Leerweg = v.Enum<Leerweg>("leerweg", required: true) ?? Leerweg.Bb,
            Leerjaar = v.Int("leerjaar", required: true) ?? 0,
            ProfielCode = v.Text("profiel"),
            ClassName = v.Text("klas"),
            Lo = v.Enum<Beoordeling>("lo"),
            Kunstvakken = v.Enum<Beoordeling>("kunstvakken"),
            LwtBeoogd = v.Bool("lwtBeoogd") ?? false,
            MaatschappelijkeStage = v.Bool("maatschappelijkeStage") ?? false,
            FollowsMaatschappijleer = v.Bool("volgtMaatschappijleer") ?? false,
            FollowsKunst = v.Bool("volgtKunst") ?? false,
            FollowsLo = v.Bool("volgtLo") ?? false,
        };
        if (v.Object("kerndoelUren") is { } kerndoelUren)
        {
            leerling.KerndoelUrenLeerjaar1 = Uren(kerndoelUren, "leerjaar1");
            leerling.KerndoelUrenLeerjaar2 = Uren(kerndoelUren, "leerjaar2");
        }

        if (leerling.Leerjaar is < 1 or > 6)
        {
            v.Error("leerjaar", string.Create(CultureInfo.InvariantCulture, $"{leerling.Leerjaar} is geen leerjaar (1 tot en met 6)"));
        }

        if (leerling.ProfielCode is not null)
        {
            var profiel = Domain.Profielen.Profielen.Parse(leerling.ProfielCode);
            if (profiel is null)
            {
                v.Error("profiel", $"'{leerling.ProfielCode}' is geen vmbo-profiel");
            }

            leerling.ProfielCode = profiel?.Code;
        }

        leerling.Routes.AddRange(v.Array("routes").Select(r => new RouteBesluit
        {
            Route = r.Enum("route", required: true, RouteAliases) ?? Leerroute.RegulierBb,
            StartDate = r.Date("startDate", required: true) ?? default,
            DecidedBy = r.Text("decidedBy") ?? "onbekend",
        }));
        leerling.Vertegenwoordigers.AddRange(v.Array("vertegenwoordigers").Select(o => new WettelijkVertegenwoordiger
        {
            Name = o.Text("name", required: true) ?? string.Empty,
            Relation = o.Text("relation"),
        }));
        leerling.Vakken.AddRange(v.Array("vakken").Select(Vak));
        if (v.Object("intake") is { } intake)
        {
            leerling.Intake = Intake(intake);
        }

        return leerling;
    }

    /// <summary>The intake steps and the toelatingscommissie's decision (rules B7, B8).</summary>
    private static Intake Intake(JsonVeld v)
    {
        var intake = new Intake
        {
            SignaleringDate = v.Date("signaleringDate"),
            SignaleringDoor = v.Text("signaleringDoor"),
            AanmeldingDate = v.Date("aanmeldingDate"),
            BriefOndertekend = v.Bool("briefOndertekend") ?? false,
            VoorlichtingDate = v.Date("voorlichtingDate"),
            IntakegesprekDate = v.Date("intakegesprekDate"),
            IntakegesprekNotes = v.Text("intakegesprekNotes"),
            MentorgesprekDate = v.Date("mentorgesprekDate"),
            BesluitDate = v.Date("besluitDate"),
            Besluit = v.Enum<IntakeBesluit>("besluit"),
            Alternatief = v.Enum<IntakeAlternatief>("alternatief"),
            BesluitReden = v.Text("besluitReden"),
        };
        if (intake.Alternatief is not null && intake.Besluit != IntakeBesluit.Afgewezen)
        {
            v.Error("alternatief", "een alternatief hoort alleen bij besluit 'afgewezen'");
        }

        return intake;
    }

    /// <summary>Which intake steps the school uses (rule B7); a step left out is used.</summary>
    private static IntakeInstellingen IntakeInstellingen(JsonVeld v)
    {
        var instellingen = new IntakeInstellingen();
        foreach (var stap in Enum.GetValues<IntakeStap>())
        {
            instellingen.Set(stap, v.Bool(JsonNaam(stap)) ?? true);
        }

        return instellingen;
    }

    private static string JsonNaam(IntakeStap stap) => stap.ToString().ToLowerInvariant();

    /// <summary>Onderbouw hours on kerndoelen (rule B4): zero or more.</summary>
    private static decimal? Uren(JsonVeld v, string name)
    {
        var uren = v.Decimal(name);
        if (uren < 0m)
        {
            v.Error(name, $"{Nl.Number(uren.Value)} uur kan niet; vul 0 of meer in");
        }

        return uren;
    }

    private static Vak Vak(JsonVeld v) => new()
    {
        Name = v.Text("name", required: true) ?? string.Empty,
        Soort = v.Enum<VakSoort>("soort", required: true) ?? VakSoort.Avo,
        Deel = v.Enum<VakDeel>("deel"),
        ModuleProfielCode = Domain.Profielen.Profielen.Parse(v.Text("moduleProfiel"))?.Code,
        IsPartial = v.Bool("gedeeltelijk") ?? false,
        OutsideSchool = v.Bool("buitenSchool") ?? false,
        AssessingTeacher = v.Text("beoordelaar"),
        Se = Cijfer(v, "se"),
        Ce = Cijfer(v, "ce"),
        CeResit = Cijfer(v, "ceResit"),
    };

    private static decimal? Cijfer(JsonVeld v, string name)
    {
        var cijfer = v.Decimal(name);
        if (cijfer is < 1m or > 10m)
        {
            v.Error(name, $"{Nl.Number(cijfer.Value)} ligt niet tussen 1,0 en 10,0");
        }

        return cijfer;
    }
}
