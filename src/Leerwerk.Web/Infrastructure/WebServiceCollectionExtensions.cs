using Leerwerk.Data;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Demo;
using Leerwerk.Data.Identity;
using Leerwerk.Data.Tenancy;
using Leerwerk.Web.Api;
using Leerwerk.Web.Infrastructure.Accounts;
using Leerwerk.Web.Infrastructure.Import;
using Leerwerk.Web.Mail;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Leerwerk.Web.Infrastructure;

/// <summary>Everything the web app registers, in one place so Program.cs reads top to bottom.</summary>
public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddLeerwerkWeb(this IServiceCollection services, IWebHostEnvironment environment, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(configuration);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<HttpSchoolScope>();
        services.AddScoped<ISchoolScope>(sp => sp.GetRequiredService<HttpSchoolScope>());
        services.AddLeerwerkDatabase(environment.ContentRootPath);
        services.AddScoped<AccountBootstrapper>();
        services.AddScoped<AccountBeheer>();
        services.AddScoped<DemoSchool>();
        services.AddScoped<StageUren.GoedkeuringslinkToegang>();
        services.AddScoped<Ondertekenen.TekenlinkToegang>();
        services.AddSingleton<Ondertekenen.Tekenlinks>();
        services.AddSingleton<PublicLinks>();
        // Board-wide results one at a time: each holds a batch of the board's dossiers in memory while it is computed.
        services.AddSingleton(sp => new VersionedResults(sp.GetRequiredService<TimeProvider>(), computationsAtOnce: 1));
        services.AddSingleton<Documents.Dossier.DossierOverzichtCache>();
        services.AddLeerwerkMail();

        // Before the /Fout page: a database that is away or full is answered with 503 or 507, not 500.
        services.AddExceptionHandler<Storingen.DatabaseStoringHandler>();
        services.AddOptions<UploadInstellingen>().BindConfiguration(UploadInstellingen.Section);

        services.AddIdentity<LeerwerkUser, IdentityRole>(LeerwerkIdentity.Configure)
            .AddEntityFrameworkStores<LeerwerkDbContext>()
            .AddErrorDescriber<DutchIdentityErrorDescriber>()
            .AddLeerwerkPasswordRules()
            .AddClaimsPrincipalFactory<LeerwerkClaimsFactory>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/Account/Inloggen";
            options.LogoutPath = "/Account/Uitloggen";
            options.AccessDeniedPath = "/Account/Geweigerd";
            options.Cookie.Name = "leerwerk";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;

            // Secure whenever the request is HTTPS, also behind a TLS proxy (X-Forwarded-Proto from a known proxy).
            options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;

            // The security stamp is validated on every request (SessieControle, below). It renews the cookie only when the
            // user's schools or name changed: a response that sets a cookie is never cached (the school logo), so
            // otherwise the cookie changes only when the sliding expiration renews it or the user signs in again.
            options.Events.OnValidatePrincipal = SecurityStampValidator.ValidatePrincipalAsync;
        });

        // The antiforgery and TempData cookies are by default never Secure; like the login cookie they are over HTTPS.
        services.AddAntiforgery(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.Configure<CookieTempDataProviderOptions>(options => options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);

        // The security stamp is checked on every request: logout, a password change or a new role ends every
        // session of the user at once, also a cookie saved before (one query per request: SessieControle, which checks
        // every request, so SecurityStampValidatorOptions.ValidationInterval plays no part).
        services.Replace(ServiceDescriptor.Scoped<ISecurityStampValidator, SessieControle>());
        services.AddSingleton<InlogRemming>();
        services.AddScoped<InlogControle>();

        // Keys in the database: several stateless instances read each other's cookies.
        services.AddLeerwerkDataProtection(configuration);
        services.AddLeerwerkProxySettings(configuration);

        services.AddAuthorizationBuilder()
            .SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build())
            .AddPolicy(Policies.SchoolStaff, p => p.RequireRole(Roles.Beheerder, Roles.Coordinator, Roles.Mentor, Roles.Examensecretaris))
            .AddPolicy(Policies.Editors, p => p.RequireRole(Roles.Beheerder, Roles.Coordinator))
            .AddPolicy(Policies.HoursEntry, p => p.RequireRole(Roles.Beheerder, Roles.Coordinator, Roles.Mentor))
            .AddPolicy(Policies.Exam, p => p.RequireRole(Roles.Beheerder, Roles.Coordinator, Roles.Examensecretaris))
            .AddPolicy(Policies.Coordination, p => p.RequireRole(Roles.Beheerder, Roles.Coordinator))
            .AddPolicy(Policies.MboPartner, p => p.RequireRole(Roles.MboPartner))
            .AddPolicy(Policies.Beheer, p => p.RequireRole(Roles.Beheerder));

        services.AddGoedkeuringslinkRateLimit();
        services.AddLeerwerkApi();

        services.AddRazorPages(options =>
        {
            options.Conventions.AllowAnonymousToFolder("/Account");
            options.Conventions.AllowAnonymousToPage("/Fout");
            options.Conventions.AllowAnonymousToFolder("/Regels");
            options.Conventions.AllowAnonymousToFolder("/Goedkeuren");
            options.Conventions.AllowAnonymousToFolder("/Ondertekenen");
        })
        .AddMvcOptions(options =>
        {
            DutchModelBinding.Configure(options.ModelBindingMessageProvider);
            options.ModelBinderProviders.Insert(0, new DutchDecimalModelBinderProvider());
            options.ModelMetadataDetailsProviders.Add(new DutchValidationMetadataProvider());
            options.ModelValidatorProviders.Add(new Tekst.StuurtekenValidatorProvider());
            options.Filters.Add(new OngeldigeVinkjesFilter());
            options.Filters.Add(new DownloadAuditFilter());
        });
        services.Configure<MvcViewOptions>(o => o.HtmlHelperOptions.ClientValidationEnabled = false);
        return services;
    }
}
