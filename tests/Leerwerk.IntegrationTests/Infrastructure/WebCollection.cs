namespace Leerwerk.IntegrationTests.Infrastructure;

/// <summary>One app and one demo database shared by the page tests; tests that change data make their own records.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<LeerwerkAppFactory>
{
    public const string Name = "web";
}
