namespace Leerwerk.IntegrationTests.Infrastructure;

/// <summary>One app and one demo database shared by the page tests; tests that change data make their own records.</summary>
[CollectionDefinition(Name)]
public sealed class WebCollection : ICollectionFixture<LeerwerkAppFactory>
{
    public const string Name = "web";
}

/// <summary>
/// A second app and demo database, for the page tests of the exam, stage hours, findings, agreements and leerbedrijven:
/// the tests of one collection run one after another, and one collection of all 570 page tests was the longest path of
/// the integration tier (210 of its 330 seconds).
/// </summary>
[CollectionDefinition(Name)]
public sealed class WebCollectionB : ICollectionFixture<LeerwerkAppFactory>
{
    public const string Name = "web-b";
}
