namespace Leerwerk.Domain.Examens.Invoer;

/// <summary>One candidate as read from the file: a candidate the engine can judge, or the fields that made it invalid.</summary>
public sealed record KandidaatInvoer(string Id, UitslagRegeling Route, Kandidaat? Kandidaat, IReadOnlyList<UitslagReden> Fouten)
{
    public static KandidaatInvoer Geldig(Kandidaat kandidaat) => new(kandidaat.Id, kandidaat.Route, kandidaat, []);

    /// <summary>The result: <see cref="Uitslag.Ongeldig"/> with the read errors, or the engine's judgement.</summary>
    public Uitslag Bepaal(UitslagSettings? settings = null) =>
        Kandidaat is null ? Uitslag.Ongeldig(Id, Route, Fouten) : UitslagBepaling.Bepaal(Kandidaat, settings);
}
