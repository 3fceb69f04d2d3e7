namespace Leerwerk.Domain.Scholen;

/// <summary>The exam region of a school; it decides the dates of the school holidays.</summary>
public enum Regio
{
    Noord,
    Midden,
    Zuid,
}
