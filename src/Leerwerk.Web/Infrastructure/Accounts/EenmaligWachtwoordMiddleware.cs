using Leerwerk.Data.Accounts;

namespace Leerwerk.Web.Infrastructure.Accounts;

/// <summary>
/// A user logged in with a one-time password may do one thing: choose a password of its own. Every other page,
/// download and form post is sent to the password page (or logged out), so a one-time password never opens a record.
/// The claim leaves the login cookie when the password is changed (<c>WachtwoordWijzigen</c> refreshes the sign-in).
/// </summary>
public static class EenmaligWachtwoordMiddleware
{
    public const string PasswordPage = "/Account/WachtwoordWijzigen";

    private static readonly string[] Allowed = [PasswordPage, "/Account/Uitloggen", "/Fout"];

    public static IApplicationBuilder UseEenmaligWachtwoordOnly(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.User.HasClaim(c => c.Type == AccountBootstrapper.MustChangePasswordClaim)
                && !Allowed.Any(path => context.Request.Path.Equals(path, StringComparison.OrdinalIgnoreCase)))
            {
                context.Response.Redirect(PasswordPage);
                return;
            }

            await next();
        });
}
