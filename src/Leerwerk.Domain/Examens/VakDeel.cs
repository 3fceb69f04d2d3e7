namespace Leerwerk.Domain.Examens;

/// <summary>Which part of the exam a subject belongs to; <see cref="Extra"/> may be left out (UB 3.33 lid 3).</summary>
public enum VakDeel
{
    Gemeenschappelijk,
    Profieldeel,
    Vrij,
    Extra,
}
