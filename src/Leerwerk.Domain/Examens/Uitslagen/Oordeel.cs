namespace Leerwerk.Domain.Examens.Uitslagen;

/// <summary>What one pass rule says about a set of eindcijfers.</summary>
internal sealed record Oordeel(
    bool Geslaagd,
    IReadOnlyList<UitslagReden> Redenen,
    int? Combinatiecijfer,
    decimal? CeGemiddelde);
