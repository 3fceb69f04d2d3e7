using System.Security.Cryptography;
using Leerwerk.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data.Accounts;

/// <summary>Creates the roles, and on an empty database the first administrator with a one-time password.</summary>
public sealed class AccountBootstrapper(UserManager<LeerwerkUser> users, RoleManager<IdentityRole> roles, LeerwerkDbContext db)
{
    public const string AdministratorName = "beheerder";

    /// <summary>Claim type set on an account that must choose a new password at its next login.</summary>
    public const string MustChangePasswordClaim = "moet-wachtwoord-wijzigen";

    /// <summary>
    /// The value of <see cref="MustChangePasswordClaim"/> while the one-time password has not been used to log in; the
    /// first login sets it to <see cref="OneTimePasswordUsed"/>, and then that password logs in no more.
    /// </summary>
    public const string OneTimePasswordUnused = "1";

    public const string OneTimePasswordUsed = "gebruikt";

    public async Task EnsureRolesAsync()
    {
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                Check(await roles.CreateAsync(new IdentityRole(role)));
            }
        }
    }

    /// <summary>
    /// Creates the administrator when no user exists yet, member of every school, and returns its
    /// one-time password; returns null when there are users already.
    /// </summary>
    public async Task<string?> EnsureAdministratorAsync(CancellationToken cancellationToken = default)
    {
        await EnsureRolesAsync();
        if (await users.Users.AnyAsync(cancellationToken))
        {
            return null;
        }

        var password = NewPassword();
        var admin = new LeerwerkUser { UserName = AdministratorName, DisplayName = "Beheerder" };
        Check(await users.CreateAsync(admin, password));
        Check(await users.AddToRoleAsync(admin, Roles.Beheerder));
        Check(await users.AddClaimAsync(admin, new System.Security.Claims.Claim(MustChangePasswordClaim, OneTimePasswordUnused)));
        await AddToAllSchoolsAsync(admin, cancellationToken);
        return password;
    }

    /// <summary>Makes the user a member of every school in the database (the administrator of a single install).</summary>
    public async Task AddToAllSchoolsAsync(LeerwerkUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var schoolIds = await db.Scholen.IgnoreQueryFilters().Select(s => s.Id).ToListAsync(cancellationToken);
        var known = await db.UserSchools.Where(u => u.UserId == user.Id).Select(u => u.SchoolId).ToListAsync(cancellationToken);
        db.UserSchools.AddRange(schoolIds.Except(known).Select(id => new UserSchool { UserId = user.Id, SchoolId = id }));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Creates an account with a role and its schools and a one-time password that must be changed at the
    /// first login, as the first administrator gets; all in one transaction, so a refusal leaves nothing behind.
    /// A <paramref name="bestuurId"/> makes it a board user who sees every school of that bestuur; an mbo-partner
    /// account names its <paramref name="mboInstellingId"/>. The creation is audited for each of its schools.
    /// </summary>
    public async Task<NieuwAccount> CreateAccountAsync(
        string userName, string displayName, string role, IReadOnlyCollection<int> schoolIds, int? bestuurId = null, int? mboInstellingId = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(schoolIds);
        await EnsureRolesAsync();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var user = new LeerwerkUser { UserName = userName.Trim(), DisplayName = displayName.Trim(), BestuurId = bestuurId, MboInstellingId = mboInstellingId };
        var password = NewPassword();
        var result = await users.CreateAsync(user, password);
        if (!result.Succeeded)
        {
            return new NieuwAccount(null, null, result.Errors.Select(e => e.Description).ToList());
        }

        Check(await users.AddToRoleAsync(user, role));
        Check(await users.AddClaimAsync(user, new System.Security.Claims.Claim(MustChangePasswordClaim, OneTimePasswordUnused)));
        db.UserSchools.AddRange(schoolIds.Distinct().Select(id => new UserSchool { UserId = user.Id, SchoolId = id }));
        await db.SaveChangesAsync(cancellationToken);
        await AccountAudit.WriteAsync(db, user.Id, AccountAudit.Added, new Dictionary<string, object?>
        {
            ["UserName"] = user.UserName,
            ["DisplayName"] = user.DisplayName,
            ["Role"] = role,
            ["MboInstellingId"] = mboInstellingId,
            ["BestuurId"] = bestuurId,
        }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new NieuwAccount(user, password, []);
    }

    /// <summary>
    /// Makes every beheerder without a bestuur a member of a new school, as the first administrator is of all. A beheerder
    /// of a bestuur is left out: that account sees the schools of its own bestuur (at login), never a school of another.
    /// </summary>
    public async Task AddAdministratorsToSchoolAsync(int schoolId, CancellationToken cancellationToken = default)
    {
        foreach (var admin in await users.GetUsersInRoleAsync(Roles.Beheerder))
        {
            if (admin.BestuurId is null && !await db.UserSchools.AnyAsync(u => u.UserId == admin.Id && u.SchoolId == schoolId, cancellationToken))
            {
                db.UserSchools.Add(new UserSchool { UserId = admin.Id, SchoolId = schoolId });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Whether <paramref name="user"/> is a beheerder of the installation: a beheerder without a bestuur who is a member
    /// of every school (the first beheerder is, and every beheerder without a bestuur joins each new school). Only such a
    /// beheerder arranges besturen and which schools they hold. A beheerder of a bestuur, or of some schools only (made
    /// with <c>leerwerk gebruiker toevoegen --school</c>), is not: it sees the besturen of its own schools and nothing else.
    /// On an installation without schools the first beheerder is one, vacuously.
    /// </summary>
    public async Task<bool> IsInstallationAdministratorAsync(LeerwerkUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (user.BestuurId is not null || !await users.IsInRoleAsync(user, Roles.Beheerder))
        {
            return false;
        }

        return !await db.Scholen.IgnoreQueryFilters()
            .AnyAsync(s => !db.UserSchools.Any(u => u.UserId == user.Id && u.SchoolId == s.Id), cancellationToken);
    }

    /// <summary>
    /// Replaces the password of <paramref name="user"/> by a new one-time password that must be changed at the next
    /// login, ends the account's other sessions and lifts a temporary lockout (not a deactivation); audited.
    /// </summary>
    public async Task<string> ResetPasswordAsync(LeerwerkUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        var password = NewPassword();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Check(await users.RemovePasswordAsync(user));
        Check(await users.AddPasswordAsync(user, password));
        // A fresh one-time password may be used once more, also when the previous one was used already.
        foreach (var claim in (await users.GetClaimsAsync(user)).Where(c => c.Type == MustChangePasswordClaim))
        {
            Check(await users.RemoveClaimAsync(user, claim));
        }

        Check(await users.AddClaimAsync(user, new System.Security.Claims.Claim(MustChangePasswordClaim, OneTimePasswordUnused)));

        Check(await users.ResetAccessFailedCountAsync(user));
        if (!AccountBeheer.IsDeactivated(user))
        {
            Check(await users.SetLockoutEndDateAsync(user, null));
        }

        Check(await users.UpdateSecurityStampAsync(user));
        await AccountAudit.WriteAsync(db, user.Id, AccountAudit.PasswordReset, new Dictionary<string, object?> { ["PasswordHash"] = "***" }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return password;
    }

    /// <summary>A random password of 16 characters without look-alikes (no 0/O, 1/l/I).</summary>
    public static string NewPassword()
    {
        const string alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        return RandomNumberGenerator.GetString(alphabet, 16);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
