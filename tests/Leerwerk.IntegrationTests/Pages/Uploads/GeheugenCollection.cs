using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Pages.Uploads;

/// <summary>
/// An app of its own, run while no other test runs: the memory a request takes is measured on the whole process, and
/// a parallel test would count in it.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class GeheugenCollection : ICollectionFixture<LeerwerkAppFactory>
{
    public const string Name = "geheugen";
}
