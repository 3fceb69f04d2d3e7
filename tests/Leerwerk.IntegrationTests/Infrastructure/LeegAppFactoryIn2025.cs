using Leerwerk.Tests;

namespace Leerwerk.IntegrationTests.Infrastructure;

/// <summary>
/// A new installation (as <see cref="LeegAppFactory"/>) on a day in the school year 2025-2026, the one year whose
/// national school holidays Leerwerk knows: for what the set-up does with the current school year.
/// </summary>
public sealed class LeegAppFactoryIn2025 : LeegAppFactory
{
    public static readonly DateOnly Today = new(2025, 9, 15);

    private static readonly TestClock In2025 = TestClock.StartingOn(Today);

    protected override TimeProvider Clock => In2025;
}
