namespace Leerwerk.Web.Achtergrond;

/// <summary>
/// The <c>Achtergrond</c> section: how long the lease on the background work lasts without renewal, and how often the
/// reminders are looked for. The outbox is looked at every <c>Mail:PollInterval</c>.
/// </summary>
public sealed class AchtergrondSettings
{
    public const string Section = "Achtergrond";

    /// <summary>
    /// How long an instance holds the lease after its last renewal; it renews on every pass, so this must be well
    /// above <c>Mail:PollInterval</c>. After an instance stops, another takes over within this time.
    /// </summary>
    public TimeSpan LeaseDuration { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How often the holder runs the reminders and the clean-up.</summary>
    public TimeSpan ReminderInterval { get; set; } = TimeSpan.FromHours(1);

    /// <summary>Whether the reminders run at all on this installation (each school also switches kinds off itself).</summary>
    public bool RemindersEnabled { get; set; } = true;
}
