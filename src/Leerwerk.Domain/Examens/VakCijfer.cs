namespace Leerwerk.Domain.Examens;

/// <summary>One of the three grades the school records for a subject.</summary>
public enum VakCijfer
{
    /// <summary>The SE-cijfer: one decimal, or for a subject without CE the PTA average with up to two (UB 3.13).</summary>
    Se,

    /// <summary>The CE-cijfer of the first attempt (for the profielvak: the cspe), one decimal.</summary>
    Ce,

    /// <summary>The CE-cijfer of the herkansing, one decimal; the highest CE counts (UB 3.39 lid 1).</summary>
    CeHerkansing,
}
