namespace Leerwerk.Domain.Examens;

/// <summary>The school's choices the law leaves open when the result is computed.</summary>
/// <param name="SeAfronding">How a PTA average of a subject without CE becomes a whole SE-cijfer.</param>
public sealed record UitslagSettings(SeAfronding SeAfronding = SeAfronding.HalfUp)
{
    /// <summary>Round half up on the first decimal.</summary>
    public static readonly UitslagSettings Default = new();
}
