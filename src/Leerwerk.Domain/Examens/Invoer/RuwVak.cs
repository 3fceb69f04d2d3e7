namespace Leerwerk.Domain.Examens.Invoer;

/// <summary>A subject as text and numbers from the file; <see cref="Plaats"/> says where, e.g. "regel 5" in a CSV.</summary>
internal sealed record RuwVak(string? Name, string? Kind, string? Part, decimal? Se, decimal? Ce, decimal? CeResit, string? Plaats = null);
