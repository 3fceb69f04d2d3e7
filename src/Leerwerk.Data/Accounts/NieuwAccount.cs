using Leerwerk.Data.Identity;

namespace Leerwerk.Data.Accounts;

/// <summary>
/// The outcome of <see cref="AccountBootstrapper.CreateAccountAsync(string, string, string, System.Collections.Generic.IReadOnlyCollection{int}, int?, int?, System.Threading.CancellationToken)"/>: the account and its one-time password,
/// or the Dutch reasons it was not created (then nothing was stored).
/// </summary>
public sealed record NieuwAccount(LeerwerkUser? User, string? Password, IReadOnlyList<string> Errors)
{
    public bool Succeeded => User is not null;
}
