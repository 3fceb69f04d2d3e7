using Leerwerk.Domain.Examens;

namespace Leerwerk.Domain.Leerlingen.Import;

/// <summary>
/// Reads the grade export of the school's LAS (docs/import-cijfers.md): one row per student × subject with the
/// leerlingnummer, the school's vakcode and the SE, CE and CE-herkansing in columns of their own. Every problem is
/// reported with its row and column, in Dutch: a missing column, text or 10,5 or three decimals in a grade column, a
/// CE for a subject without CE, an unknown student, a vakcode the school has not mapped, the same subject twice. The
/// import is all-or-nothing, so a file with any error imports nothing.
/// </summary>
public static class CijferImport
{
    public const string Leerlingnummer = "leerlingnummer";
    public const string Vakcode = "vakcode";
    public const string Se = "se";
    public const string Ce = "ce";
    public const string CeHerkansing = "ce_herkansing";

    /// <summary>The columns in the order of the documented format.</summary>
    public static readonly IReadOnlyList<string> Kolommen = [Leerlingnummer, Vakcode, Se, Ce, CeHerkansing];

    // Other spellings of the headers that the big LAS exports use; compared after Kop() normalises them.
    private static readonly Dictionary<string, string> Koppen = new(StringComparer.Ordinal)
    {
        [Leerlingnummer] = Leerlingnummer,
        ["stamnummer"] = Leerlingnummer,
        ["llnr"] = Leerlingnummer,
        [Vakcode] = Vakcode,
        ["vak"] = Vakcode,
        [Se] = Se,
        ["se_cijfer"] = Se,
        [Ce] = Ce,
        ["ce_cijfer"] = Ce,
        [CeHerkansing] = CeHerkansing,
        ["herkansing"] = CeHerkansing,
    };

    private static readonly (string Kolom, VakCijfer Cijfer)[] CijferKolommen =
        [(Se, VakCijfer.Se), (Ce, VakCijfer.Ce), (CeHerkansing, VakCijfer.CeHerkansing)];

    /// <param name="tabel">The file as a table (CSV or XLSX).</param>
    /// <param name="leerlingnummers">The leerlingnummers of the school's students.</param>
    /// <param name="codes">The school's mapped vakcodes, keyed by <see cref="VakCode.Normaliseer"/>.</param>
    public static CijferLezing Lees(LasTabel tabel, IReadOnlySet<string> leerlingnummers, IReadOnlyDictionary<string, VakCode> codes)
    {
        ArgumentNullException.ThrowIfNull(tabel);
        ArgumentNullException.ThrowIfNull(leerlingnummers);
        ArgumentNullException.ThrowIfNull(codes);
        var fouten = new List<ImportFout>();
        var posities = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < tabel.Kolommen.Count; i++)
        {
            if (!Koppen.TryGetValue(Kop(tabel.Kolommen[i]), out var kolom))
            {
                continue;
            }

            if (!posities.TryAdd(kolom, i))
            {
                fouten.Add(new ImportFout(1, tabel.Kolommen[i],
                    $"deze kolom betekent hetzelfde als kolom ‘{tabel.Kolommen[posities[kolom]]}’; laat er één staan.", ImportFoutCode.KolomDubbel));
            }
        }

        foreach (var kolom in new[] { Leerlingnummer, Vakcode }.Where(k => !posities.ContainsKey(k)))
        {
            fouten.Add(new ImportFout(1, kolom, $"de kolom ontbreekt. Verwacht: {string.Join(";", Kolommen)}.", ImportFoutCode.KolomOntbreekt));
        }

        if (!CijferKolommen.Any(k => posities.ContainsKey(k.Kolom)))
        {
            fouten.Add(new ImportFout(1, Se, "er is geen kolom met cijfers (se, ce of ce_herkansing).", ImportFoutCode.KolomOntbreekt));
        }

        if (fouten.Count > 0)
        {
            return new CijferLezing([], fouten);
        }

        if (tabel.Rijen.Count == 0)
        {
            return new CijferLezing([], [new ImportFout(2, null, "het bestand bevat geen cijfers, alleen een kopregel.", ImportFoutCode.BestandZonderRegels)]);
        }

        var regels = new List<CijferRegel>();
        var eerderOp = new Dictionary<(string, string), int>();
        foreach (var rij in tabel.Rijen)
        {
            string Cel(string kolom) => posities.TryGetValue(kolom, out var p) && p < rij.Waarden.Count ? rij.Waarden[p].Trim() : "";
            var aantal = fouten.Count;
            var nummer = Cel(Leerlingnummer);
            if (nummer.Length == 0)
            {
                fouten.Add(new ImportFout(rij.Regel, tabel.Kolommen[posities[Leerlingnummer]], "het leerlingnummer is leeg.", ImportFoutCode.WaardeOntbreekt));
            }
            else if (!leerlingnummers.Contains(nummer))
            {
                fouten.Add(new ImportFout(rij.Regel, tabel.Kolommen[posities[Leerlingnummer]],
                    $"er is geen leerling met leerlingnummer {nummer} in deze school; lees de leerlingen eerst in.", ImportFoutCode.LeerlingOnbekend));
            }

            var code = Cel(Vakcode);
            VakCode? vak = null;
            if (code.Length == 0)
            {
                fouten.Add(new ImportFout(rij.Regel, tabel.Kolommen[posities[Vakcode]], "de vakcode is leeg.", ImportFoutCode.WaardeOntbreekt));
            }
            else if (!codes.TryGetValue(VakCode.Normaliseer(code), out vak))
            {
                fouten.Add(new ImportFout(rij.Regel, tabel.Kolommen[posities[Vakcode]],
                    $"de vakcode ‘{code}’ is niet gekoppeld aan een vak; koppel hem eerst onder Examen › Vakcodes.", ImportFoutCode.VakcodeOnbekend));
            }

            var cijfers = new decimal?[3];
            for (var i = 0; i < CijferKolommen.Length; i++)
            {
                var (kolom, cijfer) = CijferKolommen[i];
                if (!posities.TryGetValue(kolom, out var positie))
                {
                    continue;
                }

                // Without a known subject the grade is still checked, as leniently as any subject allows.
                var soort = vak?.Soort ?? (cijfer == VakCijfer.Se ? VakSoort.Keuzevak : VakSoort.Nederlands);
                var (waarde, fout) = CijferTekst.Lees(Cel(kolom), soort, cijfer);
                if (fout is not null)
                {
                    fouten.Add(new ImportFout(rij.Regel, tabel.Kolommen[positie], fout, ImportFoutCode.CijferOngeldig));
                }

                cijfers[i] = waarde;
            }

            if (vak is not null && nummer.Length > 0 && !eerderOp.TryAdd((nummer.ToUpperInvariant(), vak.Name.ToUpperInvariant()), rij.Regel))
            {
                fouten.Add(new ImportFout(rij.Regel, tabel.Kolommen[posities[Vakcode]],
                    $"leerling {nummer} heeft {vak.Name} ook op regel {eerderOp[(nummer.ToUpperInvariant(), vak.Name.ToUpperInvariant())]}; één regel per leerling en vak.", ImportFoutCode.VakDubbel));
            }

            if (fouten.Count == aantal)
            {
                regels.Add(new CijferRegel(rij.Regel, nummer, vak!, cijfers[0], cijfers[1], cijfers[2]));
            }
        }

        return fouten.Count > 0 ? new CijferLezing([], fouten) : new CijferLezing(regels, []);
    }

    /// <summary>"CE-herkansing " → "ce_herkansing": lower case, spaces and hyphens as underscores.</summary>
    private static string Kop(string kop) => kop.Trim().ToLowerInvariant().Replace(' ', '_').Replace('-', '_');
}

/// <summary>One valid row of a grade file: the student, the mapped subject and the grades it holds (null: empty cell).</summary>
public sealed record CijferRegel(int Regel, string Leerlingnummer, VakCode Vak, decimal? Se, decimal? Ce, decimal? CeHerkansing)
{
    public decimal? Cijfer(VakCijfer cijfer) => cijfer switch
    {
        VakCijfer.Se => Se,
        VakCijfer.Ce => Ce,
        _ => CeHerkansing,
    };
}

/// <summary>The rows of a grade file, or every problem in it (then no rows).</summary>
public sealed record CijferLezing(IReadOnlyList<CijferRegel> Regels, IReadOnlyList<ImportFout> Fouten)
{
    public bool IsGeldig => Fouten.Count == 0;
}
