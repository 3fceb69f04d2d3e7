namespace Leerwerk.Domain.StageUren;

/// <summary>The approval state of a stage-hour entry.</summary>
public enum UrenStatus
{
    Ingevoerd,
    Goedgekeurd,
    Gecorrigeerd,
    Afgekeurd,
}
