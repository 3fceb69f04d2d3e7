using Leerwerk.Data;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Auditing;
using Leerwerk.Data.Identity;
using Microsoft.AspNetCore.Identity;

namespace Leerwerk.Web.Infrastructure.Accounts;

/// <summary>What a login attempt came to; every failure but two looks the same to the person at the keyboard.</summary>
public enum InlogUitkomst
{
    Gelukt,

    /// <summary>Wrong name, wrong password, a locked account or a throttled address: one answer for all, so none reveals an account.</summary>
    Mislukt,

    /// <summary>The right password of a deactivated account: only someone who knows the password learns this.</summary>
    Gedeactiveerd,

    /// <summary>The right one-time password, but it was used to log in before: ask the beheerder for a new one.</summary>
    EenmaligWachtwoordGebruikt,
}

/// <summary>
/// Checks a login. Unknown and known names take the same path: the password hasher runs for both (against a dummy hash
/// for an unknown name), both count against the client's address (<see cref="InlogRemming"/>) and both are audited, so
/// neither the answer nor its timing tells whether an account exists. A one-time password signs in once.
/// </summary>
public sealed class InlogControle(
    UserManager<LeerwerkUser> users,
    SignInManager<LeerwerkUser> signIn,
    InlogRemming remming,
    LeerwerkDbContext db)
{
    private static string? _dummyHash;

    public async Task<(InlogUitkomst Uitkomst, LeerwerkUser? User)> LoginAsync(string userName, string password, string? address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(userName);
        ArgumentNullException.ThrowIfNull(password);
        // Every real connection has an address; only an in-process test host has none, and then only the account lockout counts.
        if (address is not null && remming.IsBlocked(address))
        {
            // Same work as a real check, so a throttled address cannot use the timing either.
            VerifyDummy(password);
            return (InlogUitkomst.Mislukt, null);
        }

        var user = await users.FindByNameAsync(userName);
        if (user is null)
        {
            VerifyDummy(password);
            await FailAsync(null, address, cancellationToken);
            return (InlogUitkomst.Mislukt, null);
        }

        var passwordOk = await users.CheckPasswordAsync(user, password);
        if (!passwordOk)
        {
            if (!await users.IsLockedOutAsync(user))
            {
                await users.AccessFailedAsync(user);
            }

            await FailAsync(user, address, cancellationToken);
            return (InlogUitkomst.Mislukt, null);
        }

        if (AccountBeheer.IsDeactivated(user))
        {
            await FailAsync(user, address, cancellationToken);
            return (InlogUitkomst.Gedeactiveerd, null);
        }

        if (await users.IsLockedOutAsync(user))
        {
            await FailAsync(user, address, cancellationToken);
            return (InlogUitkomst.Mislukt, null);
        }

        var oneTime = (await users.GetClaimsAsync(user)).FirstOrDefault(c => c.Type == AccountBootstrapper.MustChangePasswordClaim);
        if (oneTime?.Value == AccountBootstrapper.OneTimePasswordUsed)
        {
            await FailAsync(user, address, cancellationToken);
            return (InlogUitkomst.EenmaligWachtwoordGebruikt, null);
        }

        if (oneTime is not null)
        {
            await users.ReplaceClaimAsync(user, oneTime, new System.Security.Claims.Claim(AccountBootstrapper.MustChangePasswordClaim, AccountBootstrapper.OneTimePasswordUsed));
        }

        await users.ResetAccessFailedCountAsync(user);
        await signIn.SignInAsync(user, isPersistent: false);
        await AuditEvents.WriteAsync(db, await AuditEvents.SchoolsOfUserAsync(db, user.Id, cancellationToken), user.UserName!,
            AuditEvents.Login, user.Id, AuditEvents.LoginSucceeded, new Dictionary<string, object?> { ["Adres"] = address }, cancellationToken);
        return (InlogUitkomst.Gelukt, user);
    }

    private async Task FailAsync(LeerwerkUser? user, string? address, CancellationToken cancellationToken)
    {
        if (address is not null)
        {
            remming.Failed(address);
        }

        List<int> schools = user is null ? [] : await AuditEvents.SchoolsOfUserAsync(db, user.Id, cancellationToken);
        await AuditEvents.WriteAsync(db, schools, user?.UserName ?? AuditEvents.UnknownUser,
            AuditEvents.Login, user?.Id ?? "", AuditEvents.LoginFailed, new Dictionary<string, object?> { ["Adres"] = address }, cancellationToken);
    }

    private void VerifyDummy(string password)
    {
        // A hash made once with the app's own hasher and settings, so its cost equals a real account's.
        _dummyHash ??= users.PasswordHasher.HashPassword(new LeerwerkUser(), Guid.NewGuid().ToString("N"));
        users.PasswordHasher.VerifyHashedPassword(new LeerwerkUser(), _dummyHash, password);
    }
}
