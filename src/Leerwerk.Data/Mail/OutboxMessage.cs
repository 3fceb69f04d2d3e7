using Leerwerk.Domain;

namespace Leerwerk.Data.Mail;

/// <summary>
/// One e-mail in the outbox: written in the same transaction as the change that causes it, delivered afterwards by
/// the sender, which records every attempt here. The school's beheerder sees the message and its status.
/// </summary>
public sealed class OutboxMessage : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    /// <summary>When the change that caused the message was saved (UTC).</summary>
    public DateTime CreatedAt { get; set; }

    /// <summary>The school's name at that moment, shown as the sender's name.</summary>
    public required string FromName { get; set; }

    public required string ToAddress { get; set; }

    public string? ToName { get; set; }

    public required string Subject { get; set; }

    public required string TextBody { get; set; }

    public required string HtmlBody { get; set; }

    /// <summary>What caused the message, in Dutch for the outbox page, e.g. "Goedkeuringslink".</summary>
    public required string Kind { get; set; }

    public OutboxStatus Status { get; set; }

    /// <summary>How many times delivery was tried.</summary>
    public int Attempts { get; set; }

    /// <summary>The earliest moment of the next attempt (UTC); back-off moves it after a failed attempt.</summary>
    public DateTime NextAttemptAt { get; set; }

    /// <summary>The server's answer to the last failed attempt, verbatim.</summary>
    public string? LastError { get; set; }

    public DateTime? SentAt { get; set; }

    /// <summary>The files sent with the message; loaded only where they are needed (the sender, the message page).</summary>
    public List<OutboxAttachment> Attachments { get; set; } = [];
}

/// <summary>Where a message stands: waiting (also between retries), delivered, or given up after the last attempt.</summary>
public enum OutboxStatus
{
    Queued,
    Sent,
    Failed,
}
