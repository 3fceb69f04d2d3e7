namespace Leerwerk.Domain.Examens;

/// <summary>What kind of exam subject a vak is; the uitslag rules treat each kind differently.</summary>
public enum VakSoort
{
    Nederlands,
    Engels,
    Maatschappijleer,
    Wiskunde,
    Avo,
    Profielvak,
    Keuzevak,
    Rekenen,
}
