using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text;
using System.Text.Json;
using Leerwerk.Data.Herinneringen;
using Leerwerk.Data.Import;
using Leerwerk.Data.Mail;
using Leerwerk.Domain;
using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

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

    private readonly List<(EntityEntry Entry, string Action, Dictionary<string, object?>? Changes)> _pending = [];

    public static AuditTrail Capture(ChangeTracker tracker)
    {
        var trail = new AuditTrail();
        // The outbox and the sent reminders are themselves the record of what was sent; the change that caused a
        // message is audited. A previewed import file is no record but a file in transit; the import it leads to is audited.
        foreach (var entry in tracker.Entries().Where(e => e.Entity is (ISchoolOwned or School or Bestuur or LandelijkeVakantie) and not (OutboxMessage or OutboxAttachment or VerzondenHerinnering or ImportBestand)))
        {
            switch (entry.State)
            {
                // An added record's values are read after the save (ToEntries), when generated keys and the foreign
                // keys to other new records are known rather than EF's temporary values.
                case EntityState.Added:
                    trail._pending.Add((entry, Toegevoegd, null));
                    break;
                case EntityState.Modified:
                    trail._pending.Add((entry, "gewijzigd", ChangesOf(entry)));
                    break;
                case EntityState.Deleted:
                    trail._pending.Add((entry, "verwijderd", ChangesOf(entry)));
                    break;
                default:
                    break;
            }
        }

        return trail;
    }

    public bool IsEmpty => _pending.Count == 0;

    public IEnumerable<AuditEntry> ToEntries(string userName, DateTime at)
    {
        foreach (var (entry, action, changes) in _pending)
        {
            if (changes is null)
            {
                // A record with nothing but its key has no changes to show, added or not.
                if (!entry.Metadata.GetProperties().Any(p => !p.IsPrimaryKey()))
                {
                    continue;
                }

                yield return EntryForAdded(entry.Metadata, entry.Entity, p => entry.Property(p).CurrentValue, userName, at);
            }
            else if (action == "verwijderd" || changes.Count > 0)
            {
                yield return Entry(entry.Metadata, entry.Entity, p => entry.Property(p).CurrentValue, action, JsonSerializer.Serialize(changes), userName, at);
            }
        }
    }

    /// <summary>
    /// The audit entry of a record that was added, with every property but the key as it was stored: the one way both
    /// SaveChanges (<paramref name="valueOf"/> reads the change tracker) and the bulk path (it reads the entity through
    /// the EF model, <see cref="Bulk.BulkTabel"/>) audit a new record, so neither can audit or redact differently.
    /// </summary>
    internal static AuditEntry EntryForAdded(IEntityType type, object entity, Func<IProperty, object?> valueOf, string userName, DateTime at) =>
        Entry(type, entity, valueOf, Toegevoegd, ChangesOfAdded(type, valueOf), userName, at);

    /// <summary>
    /// The changes of an added record as JSON: every property but the key, by name, in the model's order, redacted. The
    /// same JSON as serialising a dictionary of them (as the other changes are), written directly: an import audits a
    /// hundred thousand records, each without a dictionary, a new writer and the serializer's look-up of every value's type.
    /// </summary>
    internal static string ChangesOfAdded(IEntityType type, Func<IProperty, object?> valueOf)
    {
        var buffer = Buffer ??= new ArrayBufferWriter<byte>(4096);
        var writer = Writer ??= new Utf8JsonWriter(buffer);
        buffer.ResetWrittenCount();
        writer.Reset(buffer);
        writer.WriteStartObject();
        foreach (var (property, name) in AddedProperties.GetValue(type, NonKeyProperties))
        {
            writer.WritePropertyName(name);
            switch (Redact(property.Name, valueOf(property)))
            {
                case null:
                    writer.WriteNullValue();
                    break;
                case string text:
                    writer.WriteStringValue(text);
                    break;
                case int number:
                    writer.WriteNumberValue(number);
                    break;
                case bool flag:
                    writer.WriteBooleanValue(flag);
                    break;
                case var value:
                    JsonSerializer.Serialize(writer, value, value.GetType());
                    break;
            }
        }

        writer.WriteEndObject();
        writer.Flush();
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    // An entity type's properties but the key, their JSON names escaped once: the same for every record of the type.
    private static readonly ConditionalWeakTable<IEntityType, (IProperty Property, JsonEncodedText Name)[]> AddedProperties = new();

    // One writer per thread, reused: a record's JSON is written at once, never two interleaved on one thread.
    [ThreadStatic]
    private static ArrayBufferWriter<byte>? Buffer;

    [ThreadStatic]
    private static Utf8JsonWriter? Writer;

    private static (IProperty Property, JsonEncodedText Name)[] NonKeyProperties(IEntityType type) =>
        [.. type.GetProperties().Where(p => !p.IsPrimaryKey()).Select(p => (p, JsonEncodedText.Encode(p.Name)))];

    /// <summary>
    /// Writes audit entries made outside SaveChanges (<see cref="EntryForAdded"/>) on the context's connection, in its
    /// current transaction: the one place the bulk path stores audit entries, so that what SaveChanges does when it
    /// writes audit entries can be done here too.
    /// </summary>
    internal static async Task WriteBulkAsync(LeerwerkDbContext db, IEnumerable<AuditEntry> entries, CancellationToken ct)
    {
        var schools = new HashSet<int>();
        await Bulk.BulkTabel.For<AuditEntry>(db).InsertAsync(db, entries.Select(e =>
        {
            schools.Add(e.SchoolId);
            return e;
        }), keysBack: false, ct);

        // As in SaveChanges: the schools of the written records get a new data version in the same transaction (ADR 0016).
        await Versies.DataVersions.RaiseAsync(db, schools, ct);
    }

    private const string Toegevoegd = "toegevoegd";

    private static AuditEntry Entry(IEntityType type, object entity, Func<IProperty, object?> valueOf, string action, string changes, string userName, DateTime at) => new()
    {
        SchoolId = entity switch
        {
            ISchoolOwned owned => owned.SchoolId,
            School school => school.Id,
            _ => AuditEntry.Installation,
        },
        At = at,
        UserName = userName,
        EntityType = type.ClrType.Name,
        EntityId = string.Join(",", type.FindPrimaryKey()!.Properties.Select(k => Convert.ToString(valueOf(k), System.Globalization.CultureInfo.InvariantCulture))),
        Action = action,
        Changes = changes,
    };

    // Modified and deleted records, captured before the save: their original values are gone after it.
    private static Dictionary<string, object?> ChangesOf(EntityEntry entry)
    {
        var changes = new Dictionary<string, object?>();
        foreach (var property in entry.Properties.Where(p => !p.Metadata.IsPrimaryKey()))
        {
            var name = property.Metadata.Name;
            switch (entry.State)
            {
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
