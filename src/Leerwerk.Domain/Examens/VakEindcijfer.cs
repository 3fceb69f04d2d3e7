namespace Leerwerk.Domain.Examens;

/// <summary>The whole eindcijfer of one subject (UB WVO 2020 art. 3.32). A value: a result holds one per subject.</summary>
public readonly record struct VakEindcijfer(string Vak, int Cijfer);
