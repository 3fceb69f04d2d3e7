using System.ComponentModel.DataAnnotations;
using System.Reflection;
using Leerwerk.Domain;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.Web.Infrastructure.Tekst;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Tekst;

/// <summary>
/// One length per text, the same in both databases, the forms and the API (<see cref="Tekstlengte"/>): every text
/// column has a maximum, and every form or API field stored in a column (<see cref="KolomAttribute"/>) allows exactly
/// that many characters, so a value the form accepts is never refused by PostgreSQL (a 500) and the form never refuses
/// what the column holds.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class TekstlengteTests(LeerwerkAppFactory factory)
{
    [Fact]
    public void EveryTextColumn_HasAMaximumLength()
    {
        using var db = factory.CreateSystemDbContext();
        var unbounded = db.Model.GetEntityTypes()
            .Where(t => t.ClrType != typeof(DataProtectionKey)) // the framework's key XML: written by the app, never by a user
            .SelectMany(t => t.GetProperties().Where(p => p.ClrType == typeof(string) && p.GetMaxLength() is null)
                .Select(p => $"{t.ClrType.Name}.{p.Name}"))
            .ToList();

        Assert.Empty(unbounded);
    }

    [Fact]
    public void EveryFormAndApiFieldStoredInAColumn_HasTheColumnsLength()
    {
        using var db = factory.CreateSystemDbContext();
        var fields = StoredFields().ToList();
        var mismatches = new List<string>();
        foreach (var (field, entity, property) in fields)
        {
            var column = db.Model.FindEntityType(entity)?.FindProperty(property)
                ?? throw new InvalidOperationException($"{field.DeclaringType!.Name}.{field.Name}: {entity.Name}.{property} is no column.");
            var formLength = field.GetCustomAttribute<StringLengthAttribute>()?.MaximumLength ?? Tekstlengte.Standaard;
            if (formLength != column.GetMaxLength())
            {
                mismatches.Add($"{field.DeclaringType!.FullName}.{field.Name}: {formLength}, column {entity.Name}.{property}: {column.GetMaxLength()}");
            }
        }

        // The attributes are found: the student form, its parent, the agreement notes and the API's hours are covered.
        Assert.True(fields.Count > 40, $"only {fields.Count} fields carry [Kolom]");
        Assert.Contains(fields, f => f.Field.Name == "ParentPhone");
        Assert.Contains(fields, f => f.Field.DeclaringType!.Name == "NieuweUrenRegel");
        Assert.Empty(mismatches);
    }

    /// <summary>Every string property of the web assembly with a column named by [Kolom] on it or on its class.</summary>
    private static IEnumerable<(PropertyInfo Field, Type Entity, string Property)> StoredFields()
    {
        foreach (var type in typeof(KolomAttribute).Assembly.GetTypes())
        {
            var onClass = type.GetCustomAttributes<KolomAttribute>().ToList();
            foreach (var field in type.GetProperties(BindingFlags.Public | BindingFlags.Instance | BindingFlags.DeclaredOnly)
                .Where(p => p.PropertyType == typeof(string)))
            {
                if (field.GetCustomAttribute<KolomAttribute>() is { } own)
                {
                    yield return (field, own.Entiteit, own.Eigenschap ?? field.Name);
                    continue;
                }

                foreach (var kolom in onClass)
                {
                    if (kolom.Entiteit.GetProperty(field.Name)?.PropertyType == typeof(string))
                    {
                        yield return (field, kolom.Entiteit, field.Name);
                    }
                }
            }
        }
    }
}
