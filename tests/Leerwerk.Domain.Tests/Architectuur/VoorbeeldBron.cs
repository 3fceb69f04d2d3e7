namespace Leerwerk.Domain.Tests.Architectuur.Gebruiker;

/// <summary>Uses <c>Voorbeeld</c> only inside a lambda's body: no field, property or signature names it.</summary>
internal static class Bron
{
    public static int Som(IEnumerable<int> getallen) => getallen.Sum(g => g + Voorbeeld.Doel.Waarde());
}
