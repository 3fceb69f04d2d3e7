namespace Leerwerk.Domain.Examens;

/// <summary>Which grade of a subject is still missing.</summary>
public enum NogNodigCijfer
{
    /// <summary>The SE-cijfer (for a subject without CE a whole number).</summary>
    Se,

    /// <summary>The CE-cijfer (one decimal).</summary>
    Ce,

    /// <summary>Both; the engine looks for the lowest grade that, given for both, suffices.</summary>
    SeEnCe,
}
