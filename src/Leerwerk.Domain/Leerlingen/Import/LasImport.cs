using System.Text.RegularExpressions;

namespace Leerwerk.Domain.Leerlingen.Import;

/// <summary>
/// Reads the students of a LAS export (<see cref="LasTabel"/>) and reports every problem with its row and
/// column, in Dutch: a missing column, an empty required field, a bad date, an unknown leerweg or profiel, a
/// leerlingnummer that occurs twice. The import is all-or-nothing, so a file with any error imports nothing.
/// </summary>
public static partial class LasImport
{
    public const int MinAge = 10;
    public const int MaxAge = 25;

    private static readonly string ProfielLijst = string.Join(", ", Profielen.Profielen.All.Select(p => p.Code));

    public static LasLezing Lees(LasTabel tabel, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(tabel);
        var fouten = new List<ImportFout>();
        var posities = new Dictionary<LasKolom, int>();
        for (var i = 0; i < tabel.Kolommen.Count; i++)
        {
            if (LasKolommen.Herken(tabel.Kolommen[i]) is not { } kolom)
            {
                continue;
            }

            if (!posities.TryAdd(kolom, i))
            {
                fouten.Add(new ImportFout(1, tabel.Kolommen[i],
                    $"deze kolom betekent hetzelfde als kolom '{tabel.Kolommen[posities[kolom]]}'; laat er één staan.", ImportFoutCode.KolomDubbel));
            }
        }

        foreach (var kolom in LasKolommen.Verplicht.Where(k => !posities.ContainsKey(k)))
        {
            fouten.Add(new ImportFout(1, LasKolommen.Naam(kolom),
                $"de kolom ontbreekt. Verwacht een kop als {string.Join(", ", LasKolommen.Koppen[kolom].Take(3).Select(k => $"'{k}'"))}.", ImportFoutCode.KolomOntbreekt));
        }

        if (fouten.Count > 0)
        {
            return new LasLezing([], fouten);
        }

        if (tabel.Rijen.Count == 0)
        {
            return new LasLezing([], [new ImportFout(2, null, "het bestand bevat geen leerlingen, alleen een kopregel.", ImportFoutCode.BestandZonderRegels)]);
        }

        var leerlingen = new List<LasLeerling>();
        var eerderOp = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var nummerPositie = posities[LasKolom.Leerlingnummer];
        foreach (var rij in tabel.Rijen)
        {
            var leerling = new RijLezer(rij, posities, fouten).Lees(vandaag);

            // Also for a row with other errors: a duplicate is reported whatever else is wrong.
            var nummer = nummerPositie < rij.Waarden.Count ? rij.Waarden[nummerPositie].Trim() : string.Empty;
            if (nummer.Length > 0 && !eerderOp.TryAdd(nummer, rij.Regel))
            {
                fouten.Add(new ImportFout(rij.Regel, LasKolommen.Naam(LasKolom.Leerlingnummer),
                    $"leerlingnummer {nummer} staat ook op regel {eerderOp[nummer]}; een leerlingnummer mag één keer voorkomen.", ImportFoutCode.LeerlingnummerDubbel));
                continue;
            }

            if (leerling is not null)
            {
                leerlingen.Add(leerling);
            }
        }

        return fouten.Count > 0 ? new LasLezing([], fouten) : new LasLezing(leerlingen, []);
    }

    [GeneratedRegex("^[0-9A-Za-z]{1,20}$")]
    private static partial Regex LeerlingnummerPatroon();

    /// <summary>Reads one row, adding a problem per bad cell; null when the row has any problem.</summary>
    private sealed class RijLezer(LasRij rij, Dictionary<LasKolom, int> posities, List<ImportFout> fouten)
    {
        private bool _fout;

        public LasLeerling? Lees(DateOnly vandaag)
        {
            var nummer = Verplicht(LasKolom.Leerlingnummer);
            if (nummer is not null && !LeerlingnummerPatroon().IsMatch(nummer))
            {
                Fout(LasKolom.Leerlingnummer, $"'{nummer}' is geen geldig leerlingnummer (alleen cijfers en letters, hoogstens 20 tekens).", ImportFoutCode.LeerlingnummerOngeldig);
            }

            var roepnaam = Lengte(LasKolom.Roepnaam, Verplicht(LasKolom.Roepnaam), Tekstlengte.Naamdeel);
            var tussenvoegsel = Lengte(LasKolom.Tussenvoegsel, Optioneel(LasKolom.Tussenvoegsel), Tekstlengte.Kort);
            var achternaam = Lengte(LasKolom.Achternaam, Verplicht(LasKolom.Achternaam), Tekstlengte.Naamdeel);
            var geboortedatum = Geboortedatum(vandaag);
            var leerweg = Leerweg();
            var leerjaar = Leerjaar();
            var profiel = Profiel(leerjaar);
            var klas = Lengte(LasKolom.Klas, Optioneel(LasKolom.Klas), Tekstlengte.Kort);
            var mentor = Lengte(LasKolom.Mentor, Optioneel(LasKolom.Mentor), Tekstlengte.Naamdeel);
            var ouderNaam = Lengte(LasKolom.OuderNaam, Optioneel(LasKolom.OuderNaam), Tekstlengte.Naam);
            var ouderEmail = Lengte(LasKolom.OuderEmail, Optioneel(LasKolom.OuderEmail), Tekstlengte.Email);
            var ouderTelefoon = Lengte(LasKolom.OuderTelefoon, Optioneel(LasKolom.OuderTelefoon), Tekstlengte.Telefoon);
            if (ouderEmail is not null && (!ouderEmail.Contains('@', StringComparison.Ordinal) || ouderEmail.Contains(' ', StringComparison.Ordinal)))
            {
                Fout(LasKolom.OuderEmail, $"'{ouderEmail}' is geen geldig e-mailadres.", ImportFoutCode.EmailOngeldig);
            }

            if ((ouderEmail is not null || ouderTelefoon is not null) && ouderNaam is null)
            {
                var heeftKolom = posities.ContainsKey(LasKolom.OuderNaam);
                Fout(LasKolom.OuderNaam, heeftKolom
                    ? "vul de naam van de ouder of verzorger in; er staat wel een e-mailadres of telefoonnummer."
                    : "de kolom met de naam van de ouder of verzorger ontbreekt, terwijl er wel een e-mailadres of telefoonnummer staat.", ImportFoutCode.OuderNaamOntbreekt);
            }

            if (_fout)
            {
                return null;
            }

            return new LasLeerling
            {
                Regel = rij.Regel,
                Leerlingnummer = nummer!,
                Roepnaam = roepnaam!,
                Tussenvoegsel = tussenvoegsel,
                Achternaam = achternaam!,
                Geboortedatum = geboortedatum!.Value,
                Leerweg = leerweg!.Value,
                Leerjaar = leerjaar!.Value,
                ProfielCode = profiel,
                Klas = klas,
                Mentor = mentor,
                OuderNaam = ouderNaam,
                OuderEmail = ouderEmail,
                OuderTelefoon = ouderTelefoon,
            };
        }

        private DateOnly? Geboortedatum(DateOnly vandaag)
        {
            var tekst = Verplicht(LasKolom.Geboortedatum);
            if (tekst is null)
            {
                return null;
            }

            if (LasWaarden.Datum(tekst) is not { } datum)
            {
                Fout(LasKolom.Geboortedatum, $"'{tekst}' is geen geldige datum; schrijf dd-mm-jjjj, bijvoorbeeld 12-05-2011.", ImportFoutCode.DatumOngeldig);
                return null;
            }

            var leeftijd = vandaag.Year - datum.Year - (datum.AddYears(vandaag.Year - datum.Year) > vandaag ? 1 : 0);
            if (datum > vandaag)
            {
                Fout(LasKolom.Geboortedatum, $"{Nl.Date(datum)} ligt in de toekomst.", ImportFoutCode.GeboortedatumOnmogelijk);
            }
            else if (leeftijd is < MinAge or > MaxAge)
            {
                Fout(LasKolom.Geboortedatum, $"{Nl.Date(datum)} klopt niet: de leerling zou vandaag {leeftijd} jaar zijn. Een leerling is tussen {MinAge} en {MaxAge} jaar.", ImportFoutCode.GeboortedatumOnmogelijk);
            }

            return datum;
        }

        private Leerweg? Leerweg()
        {
            var tekst = Verplicht(LasKolom.Leerweg);
            if (tekst is null)
            {
                return null;
            }

            var leerweg = LasWaarden.LeerwegVan(tekst);
            if (leerweg is null)
            {
                Fout(LasKolom.Leerweg, $"onbekende leerweg '{tekst}'; gebruik BB, KB, GL of TL.", ImportFoutCode.LeerwegOnbekend);
            }

            return leerweg;
        }

        private int? Leerjaar()
        {
            var tekst = Verplicht(LasKolom.Leerjaar);
            if (tekst is null)
            {
                return null;
            }

            var leerjaar = LasWaarden.Leerjaar(tekst);
            if (leerjaar is null)
            {
                Fout(LasKolom.Leerjaar, $"'{tekst}' is geen leerjaar; vul een heel getal van 1 tot en met 6 in.", ImportFoutCode.LeerjaarOngeldig);
            }

            return leerjaar;
        }

        private string? Profiel(int? leerjaar)
        {
            var tekst = Optioneel(LasKolom.Profiel);
            if (tekst is null)
            {
                if (leerjaar >= 3)
                {
                    Fout(LasKolom.Profiel, "vul het profiel in; vanaf leerjaar 3 volgt een leerling een profiel.", ImportFoutCode.ProfielOntbreekt);
                }

                return null;
            }

            var profiel = Profielen.Profielen.Parse(tekst);
            if (profiel is null)
            {
                Fout(LasKolom.Profiel, $"onbekend profiel '{tekst}'; gebruik een van {ProfielLijst} (of de afkorting of LWT-vakcode).", ImportFoutCode.ProfielOnbekend);
            }

            return profiel?.Code;
        }

        private string? Verplicht(LasKolom kolom)
        {
            var waarde = Optioneel(kolom);
            if (waarde is null)
            {
                Fout(kolom, "deze waarde is verplicht, maar de cel is leeg.", ImportFoutCode.WaardeOntbreekt);
            }

            return waarde;
        }

        private string? Optioneel(LasKolom kolom)
        {
            if (!posities.TryGetValue(kolom, out var positie) || positie >= rij.Waarden.Count)
            {
                return null;
            }

            var waarde = rij.Waarden[positie].Trim();
            if (Stuurtekens.Bevat(waarde, meerdereRegels: false))
            {
                // Every text cell passes here, so this is the import's one check on control characters.
                Fout(kolom, Stuurtekens.Melding("de waarde", meerdereRegels: false), ImportFoutCode.Stuurteken);
            }

            return waarde.Length == 0 ? null : waarde;
        }

        private string? Lengte(LasKolom kolom, string? waarde, int max)
        {
            if (waarde is not null && waarde.Length > max)
            {
                Fout(kolom, Stuurtekens.TeLang("de waarde", waarde.Length, max), ImportFoutCode.WaardeTeLang);
            }

            return waarde;
        }

        private void Fout(LasKolom kolom, string bericht, string code)
        {
            _fout = true;
            fouten.Add(new ImportFout(rij.Regel, LasKolommen.Naam(kolom), bericht, code));
        }
    }
}

/// <summary>What <see cref="LasImport.Lees"/> found: the students when the file is valid, else only the problems.</summary>
public sealed record LasLezing(IReadOnlyList<LasLeerling> Leerlingen, IReadOnlyList<ImportFout> Fouten)
{
    public bool IsGeldig => Fouten.Count == 0;
}
