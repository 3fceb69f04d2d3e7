using Leerwerk.Web.Achtergrond;
using Leerwerk.Web.Herinneringen;
using Leerwerk.Web.Infrastructure.Import;
using Microsoft.Extensions.Options;

namespace Leerwerk.Web.Mail;

/// <summary>The outbox sender and its transport, chosen by <see cref="MailSettings.Delivery"/>, and the background work it runs.</summary>
public static class MailServiceCollectionExtensions
{
    public static IServiceCollection AddLeerwerkMail(this IServiceCollection services)
    {
        services.AddOptions<MailSettings>().BindConfiguration(MailSettings.Section)
            .Validate(s => s.Delivery != MailDelivery.Smtp || !string.IsNullOrWhiteSpace(s.Smtp.Host), "Mail:Smtp:Host ontbreekt (nodig bij Mail:Delivery=Smtp).")
            .Validate(s => s.MaxAttempts >= 1, "Mail:MaxAttempts moet minstens 1 zijn.")
            .ValidateOnStart();
        services.AddSingleton<SmtpMailTransport>();
        services.AddSingleton<FolderMailTransport>();
        services.AddSingleton<IMailTransport>(sp => sp.GetRequiredService<IOptions<MailSettings>>().Value.Delivery == MailDelivery.Smtp
            ? sp.GetRequiredService<SmtpMailTransport>()
            : sp.GetRequiredService<FolderMailTransport>());
        services.AddSingleton<OutboxDelivery>();
        services.AddSingleton<OutboxCleanup>();
        services.AddSingleton<ImportBestandOpruiming>();
        services.AddOptions<AchtergrondSettings>().BindConfiguration(AchtergrondSettings.Section);
        services.AddSingleton<HerinneringBronnen>();
        services.AddSingleton<HerinneringRun>();
        services.AddSingleton<AchtergrondWerk>();
        services.AddHostedService<OutboxSender>();
        return services;
    }
}
