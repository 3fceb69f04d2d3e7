using System.Globalization;

namespace Leerwerk.Domain.Kalender;

/// <summary>
/// Reads holidays and free days from a simple CSV: <c>datum;omschrijving</c> or <c>van;tot;omschrijving</c>
/// per line (a header line is allowed; dates as 19-10-2026 or 2026-10-19). All or nothing: any error, and the
/// caller stores none of the rows; every error names its line and column in Dutch.
/// </summary>
public static class KalenderCsv
{
    private static readonly string[] Formats = ["d-M-yyyy", "yyyy-MM-dd", "d/M/yyyy"];

    public static (IReadOnlyList<VrijePeriode> Periodes, IReadOnlyList<string> Errors) Lees(string text, int schooljaar)
    {
        ArgumentNullException.ThrowIfNull(text);
        var periodes = new List<VrijePeriode>();
        var errors = new List<string>();
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim().TrimStart('\uFEFF');
            var nr = i + 1;
            if (line.Length == 0 || (i == 0 && IsHeader(line)))
            {
                continue;
            }

            var cells = line.Split(';').Select(c => c.Trim()).ToArray();
            if (cells.Length is < 2 or > 3)
            {
                errors.Add(string.Create(Nl.Culture, $"Regel {nr}: verwacht 'datum;omschrijving' of 'van;tot;omschrijving', maar de regel heeft {cells.Length} kolom{(cells.Length == 1 ? "" : "men")}."));
                continue;
            }

            var van = Datum(cells[0], nr, 1, cells.Length == 2 ? "datum" : "van", errors);
            var tot = cells.Length == 3 ? Datum(cells[1], nr, 2, "tot", errors) : van;
            var omschrijving = cells[^1];
            if (omschrijving.Length == 0)
            {
                errors.Add(string.Create(Nl.Culture, $"Regel {nr}, kolom {cells.Length} (omschrijving): de omschrijving ontbreekt."));
            }

            if (van is null || tot is null)
            {
                continue;
            }

            if (tot < van)
            {
                errors.Add(string.Create(Nl.Culture, $"Regel {nr}, kolom 2 (tot): {Nl.Date(tot.Value)} ligt vóór {Nl.Date(van.Value)}."));
                continue;
            }

            if (Schoolkalender.SchooljaarVan(van.Value) != schooljaar || Schoolkalender.SchooljaarVan(tot.Value) != schooljaar)
            {
                errors.Add(string.Create(Nl.Culture, $"Regel {nr}: {Nl.Date(van.Value)} valt niet in schooljaar {Schoolkalender.Label(schooljaar)} (1 augustus tot en met 31 juli)."));
                continue;
            }

            periodes.Add(new VrijePeriode { Van = van.Value, Tot = tot.Value, Omschrijving = omschrijving });
        }

        if (errors.Count == 0 && periodes.Count == 0)
        {
            errors.Add("Het bestand bevat geen vakanties of vrije dagen.");
        }

        return errors.Count > 0 ? ([], errors) : (periodes, []);
    }

    private static bool IsHeader(string line) =>
        line.StartsWith("datum", StringComparison.OrdinalIgnoreCase) || line.StartsWith("van", StringComparison.OrdinalIgnoreCase);

    private static DateOnly? Datum(string cell, int nr, int column, string name, List<string> errors)
    {
        if (DateOnly.TryParseExact(cell, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors.Add(string.Create(Nl.Culture, $"Regel {nr}, kolom {column} ({name}): '{cell}' is geen geldige datum (gebruik dd-mm-jjjj of jjjj-mm-dd)."));
        return null;
    }
}
