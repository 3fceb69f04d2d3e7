namespace Leerwerk.Domain.Examens;

/// <summary>The whole eindcijfer of one subject (UB WVO 2020 art. 3.32).</summary>
public sealed record VakEindcijfer(string Vak, int Cijfer);
