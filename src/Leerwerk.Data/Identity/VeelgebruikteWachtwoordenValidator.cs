using System.Collections.Frozen;
using System.Reflection;
using Microsoft.AspNetCore.Identity;

namespace Leerwerk.Data.Identity;

/// <summary>
/// Refuses a password that is on the list of the 10 000 most common passwords (compared case-insensitively, with
/// and without trailing digits, so "Welkom2024!" style variants of a listed word do not slip through), or that
/// contains the user's own name. Length and variety are Identity's own rules (<see cref="LeerwerkIdentity"/>).
/// </summary>
public sealed class VeelgebruikteWachtwoordenValidator : IPasswordValidator<LeerwerkUser>
{
    public const string CommonPasswordCode = "VeelgebruiktWachtwoord";

    public const string ContainsUserNameCode = "WachtwoordBevatGebruikersnaam";

    /// <summary>The list, read once from the embedded resource; it never changes while the app runs.</summary>
    public static FrozenSet<string> List { get; } = Load();

    public Task<IdentityResult> ValidateAsync(UserManager<LeerwerkUser> manager, LeerwerkUser user, string? password)
    {
        ArgumentNullException.ThrowIfNull(user);
        if (string.IsNullOrEmpty(password))
        {
            return Task.FromResult(IdentityResult.Success);
        }

        var lower = password.Trim().ToLowerInvariant();
        if (IsCommon(lower))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = CommonPasswordCode,
                Description = "Dit wachtwoord staat op de lijst van veelgebruikte wachtwoorden. Kies een wachtwoord dat niet makkelijk te raden is, bijvoorbeeld een zin van een paar woorden.",
            }));
        }

        var userName = user.UserName?.Trim().ToLowerInvariant();
        if (!string.IsNullOrEmpty(userName) && userName.Length >= 3 && lower.Contains(userName, StringComparison.Ordinal))
        {
            return Task.FromResult(IdentityResult.Failed(new IdentityError
            {
                Code = ContainsUserNameCode,
                Description = "Het wachtwoord mag uw gebruikersnaam niet bevatten.",
            }));
        }

        return Task.FromResult(IdentityResult.Success);
    }

    private static bool IsCommon(string lower)
    {
        if (List.Contains(lower))
        {
            return true;
        }

        var stem = lower.TrimEnd('0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '!', '.', '?');
        return stem.Length >= 4 && List.Contains(stem);
    }

    private static FrozenSet<string> Load()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Leerwerk.Data.Identity.VeelgebruikteWachtwoorden.txt")
            ?? throw new InvalidOperationException("The list of common passwords is missing from Leerwerk.Data.");
        using var reader = new StreamReader(stream);
        var words = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0 && !line.StartsWith('#'))
            {
                words.Add(line.ToLowerInvariant());
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
