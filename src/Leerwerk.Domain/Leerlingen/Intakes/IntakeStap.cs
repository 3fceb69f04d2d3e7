namespace Leerwerk.Domain.Leerlingen.Intakes;

/// <summary>The steps of the intake before the toelatingscommissie decides (rule B7), in their usual order.</summary>
public enum IntakeStap
{
    Signalering,
    Aanmelding,
    Voorlichting,
    Intakegesprek,
    Mentorgesprek,
}
