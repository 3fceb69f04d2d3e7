using Microsoft.AspNetCore.Identity;

namespace Leerwerk.Data.Identity;

/// <summary>The account policy, shared by the web app and the CLI so both create users alike.</summary>
public static class LeerwerkIdentity
{
    /// <summary>
    /// Failed logins before an account is locked for <see cref="LockoutTime"/>. Higher than the per-address limit
    /// (<c>Inloggen:PogingenPerAdres</c> in the web app, 5 by default), so one stranger's address cannot lock an account.
    /// </summary>
    public const int MaxFailedAttempts = 10;

    public const int MinimumPasswordLength = 10;

    public static readonly TimeSpan LockoutTime = TimeSpan.FromMinutes(15);

    public static void Configure(IdentityOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Password.RequiredLength = MinimumPasswordLength;

        // "aaaaaaaaaa" is long enough but no password; common ones are refused by VeelgebruikteWachtwoordenValidator.
        options.Password.RequiredUniqueChars = 4;
        options.Password.RequireNonAlphanumeric = false;
        options.Password.RequireUppercase = false;
        options.Password.RequireLowercase = false;
        options.Password.RequireDigit = false;
        options.Lockout.MaxFailedAccessAttempts = MaxFailedAttempts;
        options.Lockout.DefaultLockoutTimeSpan = LockoutTime;
        options.Lockout.AllowedForNewUsers = true;
        options.User.RequireUniqueEmail = false;
        options.User.AllowedUserNameCharacters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-._@+";
    }
}
