namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>The life of a leer-werkovereenkomst: concept → ter ondertekening → getekend → actief → beëindigd or vervangen.</summary>
public enum LeerwerkovereenkomstStatus
{
    Concept,
    TerOndertekening,
    Getekend,
    Actief,
    Beeindigd,
    Vervangen,
}
