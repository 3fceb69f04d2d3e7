namespace Leerwerk.Domain.Doorstroom;

/// <summary>The crebo number of an mbo course (Centraal Register Beroepsopleidingen): exactly five digits.</summary>
public static class Crebo
{
    public static bool IsValid(string? crebo) => crebo is { Length: 5 } && crebo.All(char.IsAsciiDigit);
}
