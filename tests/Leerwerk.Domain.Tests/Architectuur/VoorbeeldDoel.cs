namespace Leerwerk.Domain.Tests.Architectuur.Voorbeeld;

/// <summary>Used by <c>Gebruiker.Bron</c> only inside a lambda (see <see cref="AfhankelijkheidTests"/>).</summary>
internal static class Doel
{
    public static int Waarde() => 1;
}
