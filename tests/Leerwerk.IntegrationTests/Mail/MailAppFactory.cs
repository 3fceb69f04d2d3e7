using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Leerwerk.IntegrationTests.Mail;

/// <summary>
/// The app with its outbox sender pointed at a <see cref="TestSmtpServer"/>, polling fast and retrying after a tenth
/// of a second. <paramref name="database"/> lets a second app start on the first one's database (a restart);
/// <paramref name="senderEnabled"/> false stands for an app that died before its sender ran; <paramref name="reminders"/>
/// runs the reminders every 0.3 s besides.
/// </summary>
public sealed class MailAppFactory(int smtpPort, string? database = null, bool senderEnabled = true, bool reminders = false) : LeerwerkAppFactory
{
    public const string PublicBaseUrl = "https://leerwerk.example.nl";

    public const int MaxAttempts = 3;

    public string Database => database ?? ConnectionString;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.UseSetting("Database:ConnectionString", Database);
        builder.UseSetting("Leerwerk:PublicBaseUrl", PublicBaseUrl);

        // The forged Host of the tests passes the host filter, as behind a proxy that forwards what it gets: the links
        // must still use the configured address (the default AllowedHosts would refuse the request before).
        builder.UseSetting("AllowedHosts", "localhost;aanvaller.example");
        builder.UseSetting("Mail:Delivery", "Smtp");
        builder.UseSetting("Mail:Smtp:Host", "127.0.0.1");
        builder.UseSetting("Mail:Smtp:Port", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Mail:Smtp:Security", "None");
        builder.UseSetting("Mail:SenderEnabled", senderEnabled ? "true" : "false");
        builder.UseSetting("Mail:PollInterval", "00:00:00.2");
        builder.UseSetting("Mail:RetryDelay", "00:00:00.1");
        builder.UseSetting("Mail:MaxAttempts", MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture));

        // The reminders of the demo school would fill the outbox; only the reminder tests switch them on.
        builder.UseSetting("Achtergrond:RemindersEnabled", reminders ? "true" : "false");
        builder.UseSetting("Achtergrond:ReminderInterval", "00:00:00.3");
    }
}
