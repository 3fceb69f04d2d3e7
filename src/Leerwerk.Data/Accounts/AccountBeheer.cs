using Leerwerk.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data.Accounts;

/// <summary>
/// What a beheerder changes on an existing account: name and role, deactivation and re-activation. Every change is
/// audited (<see cref="AccountAudit"/>); creation and password reset are in <see cref="AccountBootstrapper"/>.
/// </summary>
public sealed class AccountBeheer(UserManager<LeerwerkUser> users, LeerwerkDbContext db)
{
    /// <summary>
    /// A deactivated account is locked out until this far date: Identity then refuses every login, and no lapse of a
    /// temporary lockout (after failed attempts) ends it. A fixed date, not MaxValue, fits PostgreSQL's timestamp range.
    /// </summary>
    public static readonly DateTimeOffset DeactivatedUntil = new(9999, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static bool IsDeactivated(LeerwerkUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return user.LockoutEnd >= DeactivatedUntil;
    }

    /// <summary>The account's one role (Leerwerk gives each account exactly one), or null.</summary>
    public async Task<string?> RoleOfAsync(LeerwerkUser user) => (await users.GetRolesAsync(user)).FirstOrDefault();

    /// <summary>Changes the display name, the role and (for an mbo-partner) the mbo instelling; audits what changed.</summary>
    public async Task<IReadOnlyList<string>> ChangeAsync(LeerwerkUser user, string displayName, string role, int? mboInstellingId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (!Roles.All.Contains(role))
        {
            return [$"De rol '{role}' bestaat niet."];
        }

        var changes = new Dictionary<string, object?>();
        var oldRole = await RoleOfAsync(user);
        var instelling = role == Roles.MboPartner ? mboInstellingId : null;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (user.DisplayName != displayName.Trim())
        {
            changes["DisplayName"] = new[] { user.DisplayName, displayName.Trim() };
            user.DisplayName = displayName.Trim();
        }

        if (user.MboInstellingId != instelling)
        {
            changes["MboInstellingId"] = new[] { user.MboInstellingId, instelling };
            user.MboInstellingId = instelling;
        }

        if (changes.Count > 0)
        {
            var updated = await users.UpdateAsync(user);
            if (!updated.Succeeded)
            {
                return updated.Errors.Select(e => e.Description).ToList();
            }
        }

        if (oldRole != role)
        {
            if (oldRole is not null)
            {
                Check(await users.RemoveFromRoleAsync(user, oldRole));
            }

            Check(await users.AddToRoleAsync(user, role));
            changes["Role"] = new[] { oldRole, role };

            // A new role must not ride on a login cookie that still carries the old one.
            Check(await users.UpdateSecurityStampAsync(user));
        }

        if (changes.Count > 0)
        {
            await AccountAudit.WriteAsync(db, user.Id, AccountAudit.Changed, changes, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return [];
    }

    /// <summary>Deactivates the account: no login until re-activated, and its open sessions end at the next check.</summary>
    public async Task DeactivateAsync(LeerwerkUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Check(await users.SetLockoutEnabledAsync(user, true));
        Check(await users.SetLockoutEndDateAsync(user, DeactivatedUntil));
        Check(await users.UpdateSecurityStampAsync(user));
        await AccountAudit.WriteAsync(db, user.Id, AccountAudit.Deactivated, new Dictionary<string, object?>(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>Re-activates a deactivated account with its own password; the failed-attempt count starts afresh.</summary>
    public async Task ActivateAsync(LeerwerkUser user, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(user);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        Check(await users.SetLockoutEndDateAsync(user, null));
        Check(await users.ResetAccessFailedCountAsync(user));
        await AccountAudit.WriteAsync(db, user.Id, AccountAudit.Activated, new Dictionary<string, object?>(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
