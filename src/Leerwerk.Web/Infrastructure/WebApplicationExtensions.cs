using System.Globalization;
using Leerwerk.Domain;
using Leerwerk.Web.Api;
using Leerwerk.Web.Infrastructure.Accounts;
using Leerwerk.Web.Infrastructure.Import;
using Microsoft.AspNetCore.Localization;

namespace Leerwerk.Web.Infrastructure;

/// <summary>The request pipeline: Dutch culture, error pages without stack traces, login, pages, health.</summary>
public static partial class WebApplicationExtensions
{
    public static WebApplication UseLeerwerkPipeline(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        CultureInfo.DefaultThreadCurrentCulture = Nl.Culture;
        CultureInfo.DefaultThreadCurrentUICulture = Nl.Culture;

        // First, so the rate limits, the login throttle and the audit see the client's address, not the proxy's.
        if (ProxyInstellingen.HasKnownProxies(app.Configuration))
        {
            app.UseForwardedHeaders();
        }

        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
            app.UseHttpsRedirection();
            if (!SleutelBescherming.IsConfigured(app.Configuration))
            {
                LogKeysUnencrypted(app.Logger);
            }
        }

        // Never a stack trace for a user, not even in Development: these are schools, not developers.
        app.UseExceptionHandler("/Fout");
        app.UseStatusCodePagesWithReExecute("/Fout", "?code={0}");
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(Nl.Culture),
            SupportedCultures = [Nl.Culture],
            SupportedUICultures = [Nl.Culture],
        });
        app.Use(async (context, next) =>
        {
            SetSecurityHeaders(context.Response.Headers);
            await next();
        });
        app.UseLeerwerkApi();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseUploadGrenzen();
        app.UseAuthentication();
        app.UseEenmaligWachtwoordOnly();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapHealthEndpoint();
        app.MapRazorPages();
        app.MapLeerwerkApi();
        return app;
    }

    /// <summary>The headers of every answer; also set by answers written after the exception handler cleared them.</summary>
    public static void SetSecurityHeaders(IHeaderDictionary headers)
    {
        ArgumentNullException.ThrowIfNull(headers);
        headers.XContentTypeOptions = "nosniff";
        headers.XFrameOptions = "DENY";
        headers["Referrer-Policy"] = "no-referrer";
        headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors 'none'";
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Data-protection keys are stored unencrypted: set DataProtection:CertificatePath (see docs/deployment.md)")]
    private static partial void LogKeysUnencrypted(ILogger logger);
}
