using Leerwerk.Domain;

namespace Leerwerk.Data.Mail;

/// <summary>
/// A file sent with an outbox message (ADR 0013). It is stored with the message because the message must be sent as
/// it was committed, by whichever instance holds the sender's lease, and it lives as long as its message.
/// </summary>
public sealed class OutboxAttachment : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public int OutboxMessageId { get; set; }

    public required string FileName { get; set; }

    public required string ContentType { get; set; }

    public required byte[] Content { get; set; }

    /// <summary>
    /// The students whose data the file holds. A PDF cannot be scrubbed like a text, so erasing one of these students
    /// deletes the file (<see cref="Avg.LeerlingWissing"/>).
    /// </summary>
    public List<int> LeerlingIds { get; set; } = [];
}
