namespace Leerwerk.Domain.Rules;

/// <summary>What a finding of the worklist is about: a student (with the dossier's rules) or a leerbedrijf (F1–F3).</summary>
public enum OnderwerpSoort
{
    Leerling,
    Leerbedrijf,
}
