namespace Leerwerk.Domain.Examens;

/// <summary>The rating of LO and the kunstvakken (UB WVO 2020 art. 3.13 lid 3).</summary>
public enum Beoordeling
{
    Onvoldoende,
    Voldoende,
    Goed,
}
