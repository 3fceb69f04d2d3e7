namespace Leerwerk.Domain.Examens.Invoer;

/// <summary>A candidate as text from JSON or CSV, before its words are checked against the format.</summary>
internal sealed class RuweKandidaat(string id)
{
    public string Id { get; } = id;

    public string? Route { get; set; }

    public string? Lo { get; set; }

    public string? Kunstvakken { get; set; }

    public List<RuwVak> Vakken { get; } = [];

    /// <summary>Field errors found while reading, e.g. a string where a number belongs.</summary>
    public List<UitslagReden> Fouten { get; } = [];

    /// <summary>Checks the words (route, kind, part, ratings) and builds the candidate, or lists what is wrong.</summary>
    public KandidaatInvoer Bouw()
    {
        var fouten = new List<UitslagReden>(Fouten);
        var route = InvoerWaarden.Route(Route);
        if (route is null)
        {
            fouten.Add(Onbekend("route", "route", Route));
        }

        var (loBekend, lo) = InvoerWaarden.Beoordeling(Lo);
        if (!loBekend)
        {
            fouten.Add(Onbekend("lo", "lo", Lo));
        }

        var (kvBekend, kunstvakken) = InvoerWaarden.Beoordeling(Kunstvakken);
        if (!kvBekend)
        {
            fouten.Add(Onbekend("kunstvakken", "kunstvakken", Kunstvakken));
        }

        var vakken = new List<KandidaatVak>(Vakken.Count);
        for (var i = 0; i < Vakken.Count; i++)
        {
            var ruw = Vakken[i];
            var pad = string.Create(Nl.Culture, $"subjects[{i}]");
            var soort = InvoerWaarden.Soort(ruw.Kind);
            var (deelBekend, deel) = InvoerWaarden.Deel(ruw.Part);
            if (soort is null)
            {
                fouten.Add(Onbekend($"{pad}.kind", "kind", ruw.Kind, ruw.Plaats));
            }

            if (!deelBekend)
            {
                fouten.Add(Onbekend($"{pad}.part", "part", ruw.Part, ruw.Plaats));
            }

            if (soort is { } s)
            {
                vakken.Add(new KandidaatVak(ruw.Name ?? string.Empty, s, deel, ruw.Se, ruw.Ce, ruw.CeResit));
            }
        }

        var regeling = route ?? UitslagRegeling.Bb;
        return fouten.Count > 0
            ? new KandidaatInvoer(Id, regeling, null, fouten)
            : KandidaatInvoer.Geldig(new Kandidaat(Id, regeling, vakken, lo, kunstvakken));
    }

    private static UitslagReden Onbekend(string veld, string soort, string? waarde, string? plaats = null) =>
        UitslagRegels.OngeldigeInvoer(veld, (waarde is null ? "ontbreekt" : $"'{waarde}' is onbekend")
            + $"; toegestaan: {InvoerWaarden.Toegestaan(soort)}{(plaats is null ? "" : $" ({plaats})")}.");
}
