using Leerwerk.Data;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Demo;
using Leerwerk.Data.Identity;
using Leerwerk.Data.Tenancy;
using Leerwerk.Web.Api;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Leerwerk.Web.Infrastructure;

/// <summary>Everything the web app registers, in one place so Program.cs reads top to bottom.</summary>
public static class WebServiceCollectionExtensions
{
    public static IServiceCollection AddLeerwerkWeb(this IServiceCollection services, IWebHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        services.AddSingleton(TimeProvider.System);
        services.AddHttpContextAccessor();
        services.AddScoped<HttpSchoolScope>();
        services.AddScoped<ISchoolScope>(sp => sp.GetRequiredService<HttpSchoolScope>());
        services.AddLeerwerkDatabase(environment.ContentRootPath);
        services.AddScoped<AccountBootstrapper>();
        services.AddScoped<AccountBeheer>();
        services.AddScoped<DemoSchool>();
        services.AddScoped<StageUren.GoedkeuringslinkToegang>();

        services.AddIdentity<LeerwerkUser, IdentityRole>(LeerwerkIdentity.Configure)
            .AddEntityFrameworkStores<LeerwerkDbContext>()
            .AddErrorDescriber<DutchIdentityErrorDescriber>()
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
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
        });

        // Keys in the database: several stateless instances read each other's cookies.
        services.AddDataProtection().SetApplicationName("Leerwerk").PersistKeysToDbContext<LeerwerkDbContext>();

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
        })
        .AddMvcOptions(options =>
        {
            DutchModelBinding.Configure(options.ModelBindingMessageProvider);
            options.ModelBinderProviders.Insert(0, new DutchDecimalModelBinderProvider());
            options.ModelMetadataDetailsProviders.Add(new DutchValidationMetadataProvider());
            options.Filters.Add(new OngeldigeVinkjesFilter());
        });
        services.Configure<MvcViewOptions>(o => o.HtmlHelperOptions.ClientValidationEnabled = false);
        return services;
    }
}
