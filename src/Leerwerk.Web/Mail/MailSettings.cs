using MailKit.Security;

namespace Leerwerk.Web.Mail;

/// <summary>
/// The <c>Mail</c> section of the configuration (environment: <c>Mail__Delivery=Smtp</c>, <c>Mail__Smtp__Host=…</c>).
/// The default writes every message as an .eml file to a folder, so the demo needs no mail server.
/// </summary>
public sealed class MailSettings
{
    public const string Section = "Mail";

    /// <summary><see cref="MailDelivery.Folder"/> (default) or <see cref="MailDelivery.Smtp"/>.</summary>
    public MailDelivery Delivery { get; set; } = MailDelivery.Folder;

    /// <summary>Where <see cref="MailDelivery.Folder"/> writes; relative to the folder of Leerwerk.slnx (or the app).</summary>
    public string PickupDirectory { get; set; } = "data/mail";

    /// <summary>The sender's address; its name is the school's.</summary>
    public string FromAddress { get; set; } = "noreply@leerwerk.invalid";

    public SmtpSettings Smtp { get; set; } = new();

    /// <summary>
    /// Whether this instance runs the background work at all (sending, reminders, clean-up); a web instance that only
    /// serves pages may switch it off. Where it is on, the lease lets one instance at a time do the work.
    /// </summary>
    public bool SenderEnabled { get; set; } = true;

    /// <summary>How often the sender looks for due messages.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>After this many failed attempts a message is marked failed and no longer retried.</summary>
    public int MaxAttempts { get; set; } = 8;

    /// <summary>The wait after the first failed attempt; it doubles after each further one, up to <see cref="MaxRetryDelay"/>.</summary>
    public TimeSpan RetryDelay { get; set; } = TimeSpan.FromMinutes(1);

    public TimeSpan MaxRetryDelay { get; set; } = TimeSpan.FromHours(1);

    /// <summary>How long a sent message stays in the outbox before the background work deletes it.</summary>
    public TimeSpan KeepSent { get; set; } = TimeSpan.FromDays(90);
}

public enum MailDelivery
{
    Folder,
    Smtp,
}

/// <summary>The SMTP server: host, port, TLS and an optional login.</summary>
public sealed class SmtpSettings
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 587;

    public SecureSocketOptions Security { get; set; } = SecureSocketOptions.StartTlsWhenAvailable;

    public string? UserName { get; set; }

    public string? Password { get; set; }

    /// <summary>How long one connection or command may take.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(30);
}
