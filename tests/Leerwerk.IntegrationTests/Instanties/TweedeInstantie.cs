using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Instanties;

/// <summary>
/// Another web instance on the database of <paramref name="owner"/>, as a second server behind the load balancer: its
/// own host, services, key ring cache and connection pool; the demo is not loaded again and the database stays with
/// its owner.
/// </summary>
public sealed class TweedeInstantie(LeerwerkAppFactory owner) : LeerwerkAppFactory
{
    public override string Provider => owner.Provider;

    public override string ConnectionString => owner.ConnectionString;

    protected override bool LoadDemo => false;

    protected override bool DropsDatabase => false;
}
