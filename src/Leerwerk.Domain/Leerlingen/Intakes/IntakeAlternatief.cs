namespace Leerwerk.Domain.Leerlingen.Intakes;

/// <summary>What a student refused for the leer-werktraject gets instead (rule B7, Elde College).</summary>
public enum IntakeAlternatief
{
    BbExtraOndersteuning,
    Praktijkonderwijs,
    SpeciaalOnderwijs,
}
