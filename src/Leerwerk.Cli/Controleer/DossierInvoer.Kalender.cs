using Leerwerk.Domain;
using Leerwerk.Domain.Kalender;

namespace Leerwerk.Cli.Controleer;

/// <summary>The calendar part of the controleer input: school calendars and the stage-hour policy (C11, B2, E3).</summary>
internal static partial class DossierInvoer
{
    private static Schoolkalender Kalender(JsonVeld v)
    {
        var jaar = v.Int("schooljaar", required: true) ?? 2000;
        var kalender = Schoolkalender.Standaard(jaar);
        kalender.EersteSchooldag = v.Date("eersteSchooldag") ?? kalender.EersteSchooldag;
        kalender.LaatsteSchooldag = v.Date("laatsteSchooldag") ?? kalender.LaatsteSchooldag;
        kalender.EersteTijdvak = v.Date("eersteTijdvak") ?? kalender.EersteTijdvak;
        kalender.CspeVanaf = v.Date("cspeVanaf") ?? kalender.CspeVanaf;
        kalender.BevrijdingsdagVrij = v.Bool("bevrijdingsdagVrij") ?? true;
        kalender.VrijePeriodes.AddRange(v.Array("vrij").Select(p =>
        {
            var van = p.Date("van", required: true) ?? default;
            var tot = p.Date("tot") ?? van;
            if (tot < van)
            {
                p.Error("tot", "ligt vóór 'van'");
            }

            return new VrijePeriode { Van = van, Tot = tot, Omschrijving = p.Text("omschrijving") ?? "vrij" };
        }));
        kalender.Lesdagen.AddRange(v.Array("lesdagen").Select(l => new KlasLesdagen
        {
            ClassName = l.Text("klas", required: true) ?? string.Empty,
            Maandag = l.Bool("maandag") ?? true,
            Dinsdag = l.Bool("dinsdag") ?? true,
            Woensdag = l.Bool("woensdag") ?? true,
            Donderdag = l.Bool("donderdag") ?? true,
            Vrijdag = l.Bool("vrijdag") ?? true,
        }));
        return kalender;
    }

    private static StageurenBeleid Beleid(JsonVeld? v)
    {
        if (v is null)
        {
            return StageurenBeleid.Standaard;
        }

        var uren = v.Decimal("urenPerSchooljaar");
        if (uren is <= 0)
        {
            v.Error("urenPerSchooljaar", $"{Nl.Number(uren.Value)} is geen geldig aantal uren (groter dan 0)");
        }

        return new StageurenBeleid { UrenPerSchooljaar = v.Bool("uit") == true ? null : uren ?? StageurenBeleid.StandaardUren };
    }
}
