using Leerwerk.Domain.Csv;

namespace Leerwerk.Domain.Kalender;

/// <summary>
/// Reads holidays and free days from a simple CSV: <c>datum;omschrijving</c> or <c>van;tot;omschrijving</c>
/// per line (a header line is allowed; dates as <see cref="ImportDates"/> reads them, such as 19-10-2026 or 2026-10-19;
/// a quoted omschrijving may hold a ';'). All or nothing: any error, and the
/// caller stores none of the rows; every error names its line and column in Dutch.
/// </summary>
public static class KalenderCsv
{
    public static (IReadOnlyList<VrijePeriode> Periodes, IReadOnlyList<ImportFout> Errors) Lees(string text, int schooljaar)
    {
        ArgumentNullException.ThrowIfNull(text);
        var periodes = new List<VrijePeriode>();
        var errors = new List<ImportFout>();
        var records = CsvRecords.Read(text, ';');
        for (var i = 0; i < records.Count; i++)
        {
            var cells = records[i].Fields;
            var nr = records[i].Line;
            if (i == 0 && IsHeader(cells[0]))
            {
                continue;
            }

            if (cells.Count is < 2 or > 3)
            {
                errors.Add(new ImportFout(nr, null, string.Create(Nl.Culture, $"verwacht 'datum;omschrijving' of 'van;tot;omschrijving', maar de regel heeft {cells.Count} kolom{(cells.Count == 1 ? "" : "men")}."), ImportFoutCode.AantalKolommen));
                continue;
            }

            string[] namen = cells.Count == 2 ? ["datum", "omschrijving"] : ["van", "tot", "omschrijving"];
            var stuurtekens = cells.Select((cel, j) => Stuurtekens.InCel(nr, namen[j], cel, j + 1)).OfType<ImportFout>().ToList();
            if (stuurtekens.Count > 0)
            {
                errors.AddRange(stuurtekens);
                continue;
            }

            var van = Datum(cells[0], nr, 1, cells.Count == 2 ? "datum" : "van", errors);
            var tot = cells.Count == 3 ? Datum(cells[1], nr, 2, "tot", errors) : van;
            var omschrijving = cells[^1];
            if (omschrijving.Length == 0)
            {
                errors.Add(new ImportFout(nr, "omschrijving", "de omschrijving ontbreekt.", ImportFoutCode.WaardeOntbreekt, cells.Count));
            }
            else if (omschrijving.Length > Tekstlengte.Naam)
            {
                errors.Add(new ImportFout(nr, "omschrijving", Stuurtekens.TeLang("de omschrijving", omschrijving.Length, Tekstlengte.Naam), ImportFoutCode.WaardeTeLang, cells.Count));
            }

            if (van is null || tot is null)
            {
                continue;
            }

            if (tot < van)
            {
                errors.Add(new ImportFout(nr, "tot", $"{Nl.Date(tot.Value)} ligt vóór {Nl.Date(van.Value)}.", ImportFoutCode.DatumVolgorde, 2));
                continue;
            }

            if (Schoolkalender.SchooljaarVan(van.Value) != schooljaar || Schoolkalender.SchooljaarVan(tot.Value) != schooljaar)
            {
                errors.Add(new ImportFout(nr, null, $"{Nl.Date(van.Value)} valt niet in schooljaar {Schoolkalender.Label(schooljaar)} (1 augustus tot en met 31 juli).", ImportFoutCode.BuitenSchooljaar));
                continue;
            }

            periodes.Add(new VrijePeriode { Van = van.Value, Tot = tot.Value, Omschrijving = omschrijving });
        }

        if (errors.Count == 0 && periodes.Count == 0)
        {
            errors.Add(ImportFout.Bestand("Het bestand bevat geen vakanties of vrije dagen.", ImportFoutCode.BestandZonderRegels));
        }

        return errors.Count > 0 ? ([], errors) : (periodes, []);
    }

    private static bool IsHeader(string firstCell) =>
        firstCell.StartsWith("datum", StringComparison.OrdinalIgnoreCase) || firstCell.StartsWith("van", StringComparison.OrdinalIgnoreCase);

    private static DateOnly? Datum(string cell, int nr, int column, string name, List<ImportFout> errors)
    {
        if (ImportDates.TryParse(cell, out var date))
        {
            return date;
        }

        errors.Add(new ImportFout(nr, name, $"'{cell}' is geen geldige datum (gebruik dd-mm-jjjj of jjjj-mm-dd).", ImportFoutCode.DatumOngeldig, column));
        return null;
    }
}
