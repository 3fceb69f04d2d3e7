using System.Text.Json;
using Leerwerk.Data.Herinneringen;
using Leerwerk.Data.Import;
using Leerwerk.Data.Mail;
using Leerwerk.Domain;
using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;

namespace Leerwerk.Data.Auditing;

/// <summary>
/// Captures changes to school-owned records, to the schools themselves, to the besturen and to the national school
/// holidays before a save and turns them into audit entries after it, when generated keys are known. A school's entries carry its own id; a bestuur and a
/// national holiday belong to no one school, so their entries carry <see cref="AuditEntry.Installation"/>.
/// </summary>
internal sealed class AuditTrail
{
    // Secrets are audited as "changed", never by value.
    private static readonly HashSet<string> Redacted = ["ApprovalTokenHash", "SleutelHash", "TokenHash", "CodeHash"];

    private readonly List<(EntityEntry Entry, string Action, Dictionary<string, object?> Changes)> _pending = [];

    public static AuditTrail Capture(ChangeTracker tracker)
    {
        var trail = new AuditTrail();
        // The outbox and the sent reminders are themselves the record of what was sent; the change that caused a
        // message is audited. A previewed import file is no record but a file in transit; the import it leads to is audited.
        foreach (var entry in tracker.Entries().Where(e => e.Entity is (ISchoolOwned or School or Bestuur or LandelijkeVakantie) and not (OutboxMessage or OutboxAttachment or VerzondenHerinnering or ImportBestand)))
        {
            var action = entry.State switch
            {
                EntityState.Added => "toegevoegd",
                EntityState.Modified => "gewijzigd",
                EntityState.Deleted => "verwijderd",
                _ => null,
            };
            if (action is not null)
            {
                trail._pending.Add((entry, action, ChangesOf(entry)));
            }
        }

        return trail;
    }

    public bool IsEmpty => _pending.Count == 0;

    public IEnumerable<AuditEntry> ToEntries(string userName, DateTime at) =>
        _pending.Where(p => p.Action == "verwijderd" || p.Changes.Count > 0).Select(p => new AuditEntry
        {
            SchoolId = p.Entry.Entity switch
            {
                ISchoolOwned owned => owned.SchoolId,
                School school => school.Id,
                _ => AuditEntry.Installation,
            },
            At = at,
            UserName = userName,
            EntityType = p.Entry.Metadata.ClrType.Name,
            EntityId = string.Join(",", p.Entry.Metadata.FindPrimaryKey()!.Properties.Select(k => Convert.ToString(p.Entry.Property(k.Name).CurrentValue, System.Globalization.CultureInfo.InvariantCulture))),
            Action = p.Action,
            Changes = JsonSerializer.Serialize(p.Changes),
        });

    private static Dictionary<string, object?> ChangesOf(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>();
        foreach (var property in entry.Properties.Where(p => !p.Metadata.IsPrimaryKey()))
        {
            var name = property.Metadata.Name;
            switch (entry.State)
            {
                case EntityState.Added:
                    changes[name] = Redact(name, property.CurrentValue);
                    break;
                case EntityState.Deleted:
                    changes[name] = Redact(name, property.OriginalValue);
                    break;
                case EntityState.Modified when property.IsModified && !Equals(property.OriginalValue, property.CurrentValue):
                    changes[name] = new[] { Redact(name, property.OriginalValue), Redact(name, property.CurrentValue) };
                    break;
                default:
                    break;
            }
        }

        return changes;
    }

    // File contents (an uploaded PDF, a school's logo) would bloat every audit row; the trail keeps only their size.
    private static object? Redact(string name, object? value) => value switch
    {
        null => null,
        _ when Redacted.Contains(name) => "***",
        byte[] bytes => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{bytes.Length} bytes]"),
        _ => value,
    };
}
