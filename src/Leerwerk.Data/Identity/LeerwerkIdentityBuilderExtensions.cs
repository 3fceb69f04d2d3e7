using Microsoft.AspNetCore.Identity;

namespace Leerwerk.Data.Identity;

/// <summary>Adds Leerwerk's own password rules to an Identity set-up, in the web app and the CLI alike.</summary>
public static class LeerwerkIdentityBuilderExtensions
{
    public static IdentityBuilder AddLeerwerkPasswordRules(this IdentityBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.AddPasswordValidator<VeelgebruikteWachtwoordenValidator>();
    }
}
