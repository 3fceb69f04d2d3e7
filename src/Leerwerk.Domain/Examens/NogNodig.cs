namespace Leerwerk.Domain.Examens;

/// <summary>
/// "What is still needed" for one subject without an eindcijfer: the lowest grade with which the
/// candidate can still pass, or null when no grade suffices. Other missing grades are assumed to be 10
/// and missing ratings «goed», so the minimum is the grade below which passing is impossible.
/// </summary>
/// <param name="Vak">The subject's name.</param>
/// <param name="Cijfer">Which grade is missing.</param>
/// <param name="Minimum">One decimal for a CE or an SE of a subject with CE, whole for an SE without CE; null when no grade suffices.</param>
/// <param name="Message">The same in a Dutch sentence.</param>
public sealed record NogNodig(string Vak, NogNodigCijfer Cijfer, decimal? Minimum, string Message);
