namespace Leerwerk.Domain.Leerlingen.Intakes;

/// <summary>The decision of the toelatingscommissie (rule B8).</summary>
public enum IntakeBesluit
{
    Toegelaten,
    Afgewezen,
}
