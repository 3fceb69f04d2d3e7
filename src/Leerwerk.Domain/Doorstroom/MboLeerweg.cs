namespace Leerwerk.Domain.Doorstroom;

/// <summary>The mbo route after the diploma: full-time school (BOL) or work-based (BBL). Both are allowed (rule H2).</summary>
public enum MboLeerweg
{
    Bol,
    Bbl,
}
