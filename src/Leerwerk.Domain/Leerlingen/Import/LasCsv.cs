using System.Text;

namespace Leerwerk.Domain.Leerlingen.Import;

/// <summary>
/// Reads a CSV export of Magister or Somtoday into a <see cref="LasTabel"/>. The encoding is detected: a UTF-8
/// byte order mark, else valid UTF-8, else Windows-1252 (the code page of older exports). The separator is ';'
/// or ',', whichever the header line has more of outside quotes. Quoted fields may hold separators, quotes ("")
/// and line breaks. Empty lines are skipped.
/// </summary>
public static class LasCsv
{
    public static LasTabel Lees(byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return LeesTekst(TextBytes.Decode(bytes));
    }

    public static LasTabel LeesTekst(string tekst)
    {
        ArgumentNullException.ThrowIfNull(tekst);
        var scheiding = Scheidingsteken(tekst);
        var records = Records(tekst, scheiding);
        if (records.Count == 0)
        {
            return new LasTabel([], []);
        }

        var kolommen = records[0].Velden;
        var rijen = records.Skip(1)
            .Where(r => r.Velden.Any(v => !string.IsNullOrWhiteSpace(v)))
            .Select(r => new LasRij(r.Regel, r.Velden))
            .ToList();
        return new LasTabel(kolommen, rijen);
    }

    private static char Scheidingsteken(string tekst)
    {
        int puntkomma = 0, komma = 0;
        var tussenAanhalingstekens = false;
        foreach (var c in tekst)
        {
            if (c == '"')
            {
                tussenAanhalingstekens = !tussenAanhalingstekens;
            }
            else if (!tussenAanhalingstekens && c is '\n' or '\r')
            {
                break;
            }
            else if (!tussenAanhalingstekens && c == ';')
            {
                puntkomma++;
            }
            else if (!tussenAanhalingstekens && c == ',')
            {
                komma++;
            }
        }

        return komma > puntkomma ? ',' : ';';
    }

    private static List<(int Regel, List<string> Velden)> Records(string tekst, char scheiding)
    {
        var records = new List<(int, List<string>)>();
        var velden = new List<string>();
        var veld = new StringBuilder();
        var tussenAanhalingstekens = false;
        var regel = 1;
        var beginRegel = 1;
        for (var i = 0; i < tekst.Length; i++)
        {
            var c = tekst[i];
            if (tussenAanhalingstekens)
            {
                if (c == '"' && i + 1 < tekst.Length && tekst[i + 1] == '"')
                {
                    veld.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    tussenAanhalingstekens = false;
                }
                else
                {
                    if (c == '\n')
                    {
                        regel++;
                    }

                    veld.Append(c);
                }
            }
            else if (c == '"')
            {
                tussenAanhalingstekens = true;
            }
            else if (c == scheiding)
            {
                velden.Add(veld.ToString());
                veld.Clear();
            }
            else if (c is '\r' or '\n')
            {
                if (c == '\r' && i + 1 < tekst.Length && tekst[i + 1] == '\n')
                {
                    i++;
                }

                velden.Add(veld.ToString());
                veld.Clear();
                records.Add((beginRegel, velden));
                velden = [];
                regel++;
                beginRegel = regel;
            }
            else
            {
                veld.Append(c);
            }
        }

        if (veld.Length > 0 || velden.Count > 0)
        {
            velden.Add(veld.ToString());
            records.Add((beginRegel, velden));
        }

        return records;
    }
}
