namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>Applies the chosen pass rule to eindcijfers, leaving out extra subjects where the law allows.</summary>
internal static class Beoordelaar
{
    public static (Oordeel Oordeel, IReadOnlyList<EindVak> LeftOut) Beoordeel(
        IReadOnlyList<EindVak> vakken, Kandidaat kandidaat, UitslagRegeling regeling, bool pakketVolledig)
    {
        var telt = BevatRekenen(vakken) ? vakken.Where(v => v.Soort != VakSoort.Rekenen).ToList() : vakken;
        Func<IReadOnlyList<EindVak>, Oordeel> regel = regeling == UitslagRegeling.Bb
            ? v => BbRegeling.Beoordeel(v, kandidaat.Lo, kandidaat.Kunstvakken)
            : LwtRegeling.Beoordeel;
        return ExtraVakken.Beoordeel(telt, regel, pakketVolledig);
    }

    private static bool BevatRekenen(IReadOnlyList<EindVak> vakken)
    {
        for (var i = 0; i < vakken.Count; i++)
        {
            if (vakken[i].Soort == VakSoort.Rekenen)
            {
                return true;
            }
        }

        return false;
    }
}
