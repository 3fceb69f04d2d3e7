using Leerwerk.Data.Accounts;
using Leerwerk.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Leerwerk.IntegrationTests.Infrastructure;

/// <summary>
/// A new installation run for real: migrated, the first beheerder created with a one-time password, no demo
/// school, so the database holds no school at all.
/// </summary>
public class LeegAppFactory : LeerwerkAppFactory
{
    public const string OneTimePassword = "eenmalig-test-1";

    protected override bool LoadDemo => false;

    /// <summary>
    /// Gives the first beheerder a known one-time password (start-up prints a random one on the console); the
    /// account keeps its must-change claim, so the first login still asks for a new password.
    /// </summary>
    public async Task SetFirstAdministratorPasswordAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<LeerwerkUser>>();
        var admin = await users.FindByNameAsync(AccountBootstrapper.AdministratorName)
            ?? throw new InvalidOperationException("Start-up did not create the first beheerder.");
        await users.RemovePasswordAsync(admin);
        var result = await users.AddPasswordAsync(admin, OneTimePassword);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }

        // A one-time password logs in once: a new one may be used again, as after a reset.
        if ((await users.GetClaimsAsync(admin)).FirstOrDefault(c => c.Type == AccountBootstrapper.MustChangePasswordClaim) is { } claim)
        {
            await users.ReplaceClaimAsync(admin, claim, new System.Security.Claims.Claim(claim.Type, AccountBootstrapper.OneTimePasswordUnused));
        }
    }
}
