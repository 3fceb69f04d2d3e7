using System.Globalization;
using System.Reflection;
using Leerwerk.Data;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Leerwerk.IntegrationTests.Toegang;

/// <summary>
/// Everything the database holds of one school, as sorted lines of text to compare before and after: every row with
/// that <c>SchoolId</c> (of every table that has one, the audit trail included), the school's own row, its bestuur and
/// its users, and every row of any other school that points at one of these by a foreign key. Read from the EF model, so
/// a new table is in it without anyone touching this test; a row another school made that points into this school shows
/// up as a new line.
/// </summary>
public static class SchoolSnapshot
{
    private static readonly MethodInfo LoadMethod = typeof(SchoolSnapshot).GetMethod(nameof(LoadAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public static async Task<IReadOnlyList<string>> TakeAsync(LeerwerkAppFactory factory, int schoolId, int bestuurId)
    {
        ArgumentNullException.ThrowIfNull(factory);
        await using var db = factory.CreateSystemDbContext();
        db.ChangeTracker.AutoDetectChangesEnabled = false;
        foreach (var type in db.Model.GetEntityTypes().Where(t => !t.IsOwned() && !t.HasSharedClrType && t.FindPrimaryKey() is not null && t.ClrType != typeof(Microsoft.AspNetCore.DataProtection.EntityFrameworkCore.DataProtectionKey)))
        {
            await (Task)LoadMethod.MakeGenericMethod(type.ClrType).Invoke(null, [db])!;
        }

        var entries = db.ChangeTracker.Entries().Where(e => !e.Metadata.IsOwned()).ToList();
        var userIds = entries.Where(e => e.Metadata.ClrType == typeof(Data.Identity.UserSchool) && Equals(e.Property("SchoolId").CurrentValue, schoolId))
            .Select(e => e.Property("UserId").CurrentValue).ToHashSet();
        var own = entries.Where(e => e.Metadata.FindProperty("SchoolId") is not null
                ? Equals(e.Property("SchoolId").CurrentValue, schoolId)
                : (e.Metadata.ClrType == typeof(Domain.Scholen.School) && Equals(e.Property("Id").CurrentValue, schoolId))
                  || (e.Metadata.ClrType == typeof(Domain.Scholen.Bestuur) && Equals(e.Property("Id").CurrentValue, bestuurId))
                  || (e.Metadata.ClrType == typeof(Data.Identity.LeerwerkUser) && userIds.Contains(e.Property("Id").CurrentValue))
                  || (e.Metadata.FindProperty("UserId") is not null && userIds.Contains(e.Property("UserId").CurrentValue)))
            .ToHashSet();
        var ownKeys = own.Select(e => Key(e.Metadata.GetRootType(), e.Metadata.FindPrimaryKey()!.Properties.Select(p => e.Property(p.Name).CurrentValue))).ToHashSet();

        // A row of another school (or of none) that points into this school: it should not exist, and a request must not make one.
        var pointing = entries.Where(e => !own.Contains(e) && e.Metadata.GetForeignKeys().Any(fk =>
            fk.PrincipalKey.IsPrimaryKey() && fk.Properties.All(p => e.Property(p.Name).CurrentValue is not null)
            && ownKeys.Contains(Key(fk.PrincipalEntityType.GetRootType(), fk.Properties.Select(p => e.Property(p.Name).CurrentValue)))));

        return own.Select(e => Line("van de school", e)).Concat(pointing.Select(e => Line("wijst naar de school", e)))
            .Order(StringComparer.Ordinal).ToList();
    }

    private static async Task LoadAsync<T>(LeerwerkDbContext db)
        where T : class => await db.Set<T>().IgnoreQueryFilters().LoadAsync(TestContext.Current.CancellationToken);

    private static string Key(IEntityType type, IEnumerable<object?> values) => $"{type.Name}#{string.Join(',', values.Select(Text))}";

    private static string Line(string relation, EntityEntry entry)
    {
        var values = entry.Properties.Select(p => $"{p.Metadata.Name}={Text(p.CurrentValue)}")
            .Concat(entry.References.Where(r => r.Metadata.TargetEntityType.IsOwned() && r.TargetEntry is not null)
                .SelectMany(r => r.TargetEntry!.Properties.Select(p => $"{r.Metadata.Name}.{p.Metadata.Name}={Text(p.CurrentValue)}")));
        return $"{relation}: {entry.Metadata.ShortName()} {string.Join("; ", values)}";
    }

    private static string Text(object? value) => value switch
    {
        null => "null",
        byte[] bytes => Convert.ToHexString(bytes),
        DateTime time => time.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };
}
