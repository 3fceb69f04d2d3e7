using System.Linq.Expressions;
using System.Reflection;
using Leerwerk.Data.Identity;
using Leerwerk.Data.Versies;
using Leerwerk.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace Leerwerk.Data.Demo;

/// <summary>
/// Removes the demo school with every record in it, its audit trail and the demo accounts, in one
/// transaction; other schools and their accounts are not touched. Used by <c>leerwerk demo --verwijderen</c>.
/// </summary>
public sealed class DemoVerwijdering(UserManager<LeerwerkUser> users)
{
    private static readonly MethodInfo DeleteMethod =
        typeof(DemoVerwijdering).GetMethod(nameof(DeleteOwnedAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    /// <summary>Returns false when the installation holds no demo school (then nothing changes).</summary>
    public async Task<bool> RemoveAsync(LeerwerkDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var schoolId = await db.Scholen.IgnoreQueryFilters()
            .Where(s => s.Brin == DemoSchool.Brin).Select(s => (int?)s.Id).SingleOrDefaultAsync(cancellationToken);
        if (schoolId is not { } id)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        foreach (var login in DemoUsers.All)
        {
            if (await users.FindByNameAsync(login.UserName) is { } user)
            {
                Check(await users.DeleteAsync(user));
            }
        }

        foreach (var type in DeleteOrder(db.Model))
        {
            await (Task)DeleteMethod.MakeGenericMethod(type).Invoke(null, [db, id, cancellationToken])!;
        }

        await db.Audit.Where(a => a.SchoolId == id).ExecuteDeleteAsync(cancellationToken);
        // Memberships of other accounts (a beheerder of every school) go with the school: cascade.
        await db.Scholen.IgnoreQueryFilters().Where(s => s.Id == id).ExecuteDeleteAsync(cancellationToken);
        // Deleted without SaveChanges, so without the audit that raises the version: a result computed with the demo
        // school in it must not match any more (ADR 0016).
        await DataVersions.RaiseAsync(db, [id], cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    /// <summary>The school-owned entity types, each after every type that refers to it.</summary>
    internal static IReadOnlyList<Type> DeleteOrder(IModel model)
    {
        var types = model.GetEntityTypes()
            .Where(t => typeof(ISchoolOwned).IsAssignableFrom(t.ClrType) && t.BaseType is null && !t.IsOwned())
            .ToList();
        var ordered = new List<Type>();
        var done = new HashSet<IEntityType>();
        void Visit(IEntityType type)
        {
            if (!done.Add(type))
            {
                return;
            }

            // Dependents first: every type with a foreign key to this one is deleted before it.
            foreach (var dependent in type.GetReferencingForeignKeys().Select(k => k.DeclaringEntityType).Where(d => d != type && types.Contains(d)))
            {
                Visit(dependent);
            }

            ordered.Add(type.ClrType);
        }

        types.ForEach(Visit);
        return ordered;
    }

    private static async Task DeleteOwnedAsync<T>(LeerwerkDbContext db, int schoolId, CancellationToken cancellationToken)
        where T : class, ISchoolOwned
    {
        var rows = db.Set<T>().IgnoreQueryFilters().Where(e => e.SchoolId == schoolId);
        // A row that points at another row of its own table (a correction, a replacement) is unhooked first.
        var selfReferences = db.Model.FindEntityType(typeof(T))!.GetForeignKeys()
            .Where(k => k.PrincipalEntityType.ClrType == typeof(T))
            .SelectMany(k => k.Properties)
            .Select(p => p.Name);
        foreach (var name in selfReferences)
        {
            var entity = Expression.Parameter(typeof(T), "e");
            var property = Expression.Lambda<Func<T, int?>>(
                Expression.Call(typeof(EF), nameof(EF.Property), [typeof(int?)], entity, Expression.Constant(name)), entity);
            await rows.ExecuteUpdateAsync(s => s.SetProperty(property, (int?)null), cancellationToken);
        }

        await rows.ExecuteDeleteAsync(cancellationToken);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
