using Leerwerk.Domain.Examens.Uitslagen;

namespace Leerwerk.Domain.Examens;

/// <summary>
/// The uitslag engine (EXAM.md): validates a candidate, chooses the rule (BB, LWT, or BB for an LWT
/// candidate with a complete BB exam, D8), checks completeness (D1, C8), computes the eindcijfers and
/// judges them. It never throws for a business "no": every outcome is an <see cref="Uitslag"/>.
/// </summary>
public static class UitslagBepaling
{
    public static Uitslag Bepaal(Kandidaat kandidaat, UitslagSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(kandidaat);
        settings ??= UitslagSettings.Default;
        var fouten = KandidaatValidatie.Valideer(kandidaat);
        if (fouten.Count > 0)
        {
            return Uitslag.Ongeldig(kandidaat.Id, kandidaat.Route, fouten);
        }

        var redenen = new List<UitslagReden>(12);
        var (regeling, keuze) = Regelkeuze.Bepaal(kandidaat);
        if (keuze is not null)
        {
            redenen.Add(keuze);
        }

        var ontbrekend = regeling == UitslagRegeling.Bb ? Pakket.OntbrekendBb(kandidaat) : Pakket.OntbrekendLwt(kandidaat);
        redenen.Add(Pakket.PakketReden(regeling, ontbrekend));
        var rekenen = Pakket.RekenenReden(kandidaat);
        redenen.Add(rekenen);
        Cijferredenen.Ontbrekend(kandidaat, redenen);
        Cijferredenen.Herkansingen(kandidaat, redenen);

        // Plain loops: this runs for every candidate of a school file (100 000 in the benchmark). The rekenen grade
        // gets an eindcijfer but never counts for the pass rules (C8), so it stays out of what they judge.
        var telt = new List<EindVak>(kandidaat.Vakken.Count);
        var eindcijfers = new List<VakEindcijfer>(kandidaat.Vakken.Count);
        for (var i = 0; i < kandidaat.Vakken.Count; i++)
        {
            var vak = kandidaat.Vakken[i];
            if (vak.IsCompleet)
            {
                var eindVak = EindVak.From(vak, settings);
                eindcijfers.Add(new VakEindcijfer(eindVak.Name, eindVak.Eindcijfer));
                if (vak.Soort != VakSoort.Rekenen)
                {
                    telt.Add(eindVak);
                }
            }
        }

        var onvolledig = ontbrekend.Count > 0 || !rekenen.Met;
        if (eindcijfers.Count < kandidaat.Vakken.Count)
        {
            var nogNodig = NogNodigBerekening.Bereken(kandidaat, regeling, settings);
            return new Uitslag(kandidaat.Id, UitslagStatus.Onvolledig, regeling, eindcijfers, null, null, [], nogNodig, redenen);
        }

        var (oordeel, leftOut) = Beoordelaar.Beoordeel(telt, kandidaat, regeling, pakketVolledig: ontbrekend.Count == 0);
        redenen.AddRange(oordeel.Redenen);
        var status = onvolledig ? UitslagStatus.Onvolledig
            : oordeel.Geslaagd ? UitslagStatus.Geslaagd
            : UitslagStatus.Afgewezen;
        var nodig = onvolledig ? NogNodigBerekening.Bereken(kandidaat, regeling, settings) : [];
        return new Uitslag(kandidaat.Id, status, regeling, eindcijfers, oordeel.Combinatiecijfer, oordeel.CeGemiddelde,
            leftOut.Count == 0 ? [] : [.. leftOut.Select(v => v.Name)], nodig, redenen);
    }
}
