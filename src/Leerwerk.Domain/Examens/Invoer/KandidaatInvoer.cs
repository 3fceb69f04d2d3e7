using Leerwerk.Domain.Examens;

namespace Leerwerk.Domain.Examens.Invoer;

/// <summary>One candidate as read from the file: a candidate the engine can judge, or the fields that made it invalid.</summary>
internal sealed record KandidaatInvoer(string Id, UitslagRegeling Route, Kandidaat? Kandidaat, IReadOnlyList<UitslagReden> Fouten)
{
    public static KandidaatInvoer Geldig(Kandidaat kandidaat) => new(kandidaat.Id, kandidaat.Route, kandidaat, []);
}
