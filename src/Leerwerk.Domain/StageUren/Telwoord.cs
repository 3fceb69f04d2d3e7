namespace Leerwerk.Domain.StageUren;

/// <summary>Dutch counts that read right in the singular: "1 dag", "2 dagen".</summary>
internal static class Telwoord
{
    public static string Dagen(int count) => count == 1 ? "1 dag" : string.Create(Nl.Culture, $"{count} dagen");
}
