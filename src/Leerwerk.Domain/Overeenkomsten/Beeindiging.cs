namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>
/// What ending or replacing a leer-werkovereenkomst needs: the date, the reason (for a replacement: the cause,
/// WVO 2020 art. 2.107) and, for a replacement, the new placement.
/// </summary>
public sealed record Beeindiging(DateOnly? On, string? Reason, Leerwerkovereenkomst? Replacement = null);
