namespace Leerwerk.Domain.Leerlingen;

/// <summary>The vmbo leerweg. Only the basisberoepsgerichte leerweg (BB) has an LWT (rule A1).</summary>
public enum Leerweg
{
    Bb,
    Kb,
    Gl,
    Tl,
}
