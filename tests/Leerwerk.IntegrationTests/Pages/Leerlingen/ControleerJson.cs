using System.Globalization;
using System.Text.Json.Nodes;
using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Leerlingen.Intakes;

namespace Leerwerk.IntegrationTests.Pages.Leerlingen;

/// <summary>Writes a dossier loaded from the database in the input format of <c>leerwerk controleer</c> (docs/controleer.md).</summary>
internal static class ControleerJson
{
    public static string Of(Dossier dossier)
    {
        var l = dossier.Leerling;
        var json = new JsonObject
        {
            ["leerling"] = new JsonObject
            {
                ["leerlingnummer"] = l.Leerlingnummer,
                ["firstName"] = l.FirstName,
                ["tussenvoegsel"] = l.Tussenvoegsel,
                ["lastName"] = l.LastName,
                ["birthDate"] = Date(l.BirthDate),
                ["leerweg"] = l.Leerweg.ToString(),
                ["leerjaar"] = l.Leerjaar,
                ["profiel"] = l.ProfielCode,
                ["klas"] = l.ClassName,
                ["lo"] = l.Lo?.ToString(),
                ["kunstvakken"] = l.Kunstvakken?.ToString(),
                ["lwtBeoogd"] = l.LwtBeoogd,
                ["kerndoelUren"] = new JsonObject { ["leerjaar1"] = l.KerndoelUrenLeerjaar1, ["leerjaar2"] = l.KerndoelUrenLeerjaar2 },
                ["maatschappelijkeStage"] = l.MaatschappelijkeStage,
                ["volgtMaatschappijleer"] = l.FollowsMaatschappijleer,
                ["volgtKunst"] = l.FollowsKunst,
                ["volgtLo"] = l.FollowsLo,
                ["routes"] = Array(l.Routes.Select(r => new JsonObject { ["route"] = r.Route.ToString(), ["startDate"] = Date(r.StartDate) })),
                ["vertegenwoordigers"] = Array(l.Vertegenwoordigers.Select(v => new JsonObject { ["name"] = v.Name, ["relation"] = v.Relation })),
                ["vakken"] = Array(l.Vakken.Select(v => new JsonObject
                {
                    ["name"] = v.Name,
                    ["soort"] = v.Soort.ToString(),
                    ["deel"] = v.Deel?.ToString(),
                    ["moduleProfiel"] = v.ModuleProfielCode,
                    ["gedeeltelijk"] = v.IsPartial,
                    ["buitenSchool"] = v.OutsideSchool,
                    ["beoordelaar"] = v.AssessingTeacher,
                    ["se"] = v.Se,
                    ["ce"] = v.Ce,
                    ["ceResit"] = v.CeResit,
                })),
                ["intake"] = l.Intake is not { } i ? null : new JsonObject
                {
                    ["signaleringDate"] = Date(i.SignaleringDate),
                    ["signaleringDoor"] = i.SignaleringDoor,
                    ["aanmeldingDate"] = Date(i.AanmeldingDate),
                    ["briefOndertekend"] = i.BriefOndertekend,
                    ["voorlichtingDate"] = Date(i.VoorlichtingDate),
                    ["intakegesprekDate"] = Date(i.IntakegesprekDate),
                    ["intakegesprekNotes"] = i.IntakegesprekNotes,
                    ["mentorgesprekDate"] = Date(i.MentorgesprekDate),
                    ["besluitDate"] = Date(i.BesluitDate),
                    ["besluit"] = i.Besluit?.ToString(),
                    ["alternatief"] = i.Alternatief?.ToString(),
                    ["besluitReden"] = i.BesluitReden,
                },
            },
            ["intakeInstellingen"] = new JsonObject
            {
                ["signalering"] = dossier.IntakeInstellingen.Uses(IntakeStap.Signalering),
                ["aanmelding"] = dossier.IntakeInstellingen.Uses(IntakeStap.Aanmelding),
                ["voorlichting"] = dossier.IntakeInstellingen.Uses(IntakeStap.Voorlichting),
                ["intakegesprek"] = dossier.IntakeInstellingen.Uses(IntakeStap.Intakegesprek),
                ["mentorgesprek"] = dossier.IntakeInstellingen.Uses(IntakeStap.Mentorgesprek),
            },
            ["samenwerkingsovereenkomsten"] = Array(dossier.Samenwerkingsovereenkomsten.Select(s => new JsonObject
            {
                ["partner"] = s.MboInstelling?.Name ?? "onbekend",
                ["offersBasisberoepsopleiding"] = s.MboInstelling?.OffersBasisberoepsopleiding ?? false,
                ["soort"] = s.Soort.ToString(),
                ["startDate"] = Date(s.StartDate),
                ["endDate"] = Date(s.EndDate),
                ["noticeGivenOn"] = Date(s.NoticeGivenOn),
                ["endedOn"] = Date(s.EndedOn),
            })),
            ["plaatsingen"] = Array(dossier.Plaatsingen.Select(p => new JsonObject
            {
                ["leerbedrijf"] = new JsonObject
                {
                    ["name"] = p.Leerbedrijf!.Name,
                    ["kvk"] = p.Leerbedrijf.KvkNumber,
                    ["erkenningen"] = Array(p.Leerbedrijf.Erkenningen.Select(e => new JsonObject
                    {
                        ["profiel"] = e.ProfielCode,
                        ["lwt"] = e.IsLwt,
                        ["grantedOn"] = Date(e.GrantedOn),
                        ["lastAssessedOn"] = Date(e.LastAssessedOn),
                        ["withdrawnOn"] = Date(e.WithdrawnOn),
                    })),
                    ["kwaliteitseisen"] = Array(p.Leerbedrijf.Kwaliteitseisen.Select(k => new JsonObject
                    {
                        ["letter"] = k.Letter,
                        ["met"] = k.IsMet,
                        ["assessedOn"] = Date(k.AssessedOn),
                        ["source"] = k.Source,
                    })),
                    ["lwtStageperioden"] = Array(p.Leerbedrijf.LwtStageperioden.Select(h => new JsonObject
                    {
                        ["startDate"] = Date(h.Start),
                        ["endDate"] = Date(h.End),
                    })),
                },
                ["id"] = p.Id.ToString(CultureInfo.InvariantCulture),
                ["vervangenDoor"] = p.ReplacedById?.ToString(CultureInfo.InvariantCulture),
                ["endReason"] = p.EndReason,
                ["inhoud"] = p.Inhoud,
                ["leerdoelen"] = p.Leerdoelen,
                ["beoordelingsmaatstaven"] = p.Beoordelingsmaatstaven,
                ["begeleiding"] = p.Begeleiding,
                ["voortijdigeBeeindiging"] = p.VoortijdigeBeeindiging,
                ["startDate"] = Date(p.StartDate),
                ["endDate"] = Date(p.EndDate),
                ["plannedHours"] = p.PlannedHours,
                ["rooster"] = new JsonObject
                {
                    ["monday"] = p.Rooster.Monday,
                    ["tuesday"] = p.Rooster.Tuesday,
                    ["wednesday"] = p.Rooster.Wednesday,
                    ["thursday"] = p.Rooster.Thursday,
                    ["friday"] = p.Rooster.Friday,
                },
                ["status"] = p.Status.ToString(),
                ["endedOn"] = Date(p.EndedOn),
                ["ondertekeningen"] = Array(p.Ondertekeningen.Select(o => new JsonObject
                {
                    ["party"] = o.Partij.ToString(),
                    ["name"] = o.SignerName,
                    ["signedOn"] = Date(o.SignedOn),
                })),
            })),
            ["uren"] = Array(dossier.Uren.Select(u => new JsonObject
            {
                ["date"] = Date(u.Date),
                ["hours"] = u.Hours,
                ["status"] = u.Status.ToString(),
                ["plaatsing"] = Index(dossier, u.LeerwerkovereenkomstId),
            })),
            ["kalender"] = Array(dossier.Kalender.Kalenders.Select(k => new JsonObject
            {
                ["schooljaar"] = k.Schooljaar,
                ["eersteSchooldag"] = Date(k.EersteSchooldag),
                ["laatsteSchooldag"] = Date(k.LaatsteSchooldag),
                ["eersteTijdvak"] = Date(k.EersteTijdvak),
                ["cspeVanaf"] = Date(k.CspeVanaf),
                ["bevrijdingsdagVrij"] = k.BevrijdingsdagVrij,
                ["vrij"] = Array(k.VrijePeriodes.Select(v => new JsonObject { ["van"] = Date(v.Van), ["tot"] = Date(v.Tot), ["omschrijving"] = v.Omschrijving })),
                ["lesdagen"] = Array(k.Lesdagen.Select(d => new JsonObject
                {
                    ["klas"] = d.ClassName,
                    ["maandag"] = d.Maandag,
                    ["dinsdag"] = d.Dinsdag,
                    ["woensdag"] = d.Woensdag,
                    ["donderdag"] = d.Donderdag,
                    ["vrijdag"] = d.Vrijdag,
                })),
            })),
            ["beleid"] = dossier.Beleid.UrenPerSchooljaar is { } uren ? new JsonObject { ["urenPerSchooljaar"] = uren } : new JsonObject { ["uit"] = true },
        };
        return json.ToJsonString();
    }

    /// <summary>The position of the hour's agreement among the dossier's placements (the CLI gives them ids 1, 2, …).</summary>
    private static int? Index(Dossier dossier, int agreementId)
    {
        var index = dossier.Plaatsingen.ToList().FindIndex(p => p.Id == agreementId);
        return index < 0 ? null : index;
    }

    private static JsonArray Array(IEnumerable<JsonObject> items) => [.. items];

    private static string? Date(DateOnly? date) => date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
