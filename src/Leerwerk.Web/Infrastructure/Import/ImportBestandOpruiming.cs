using Leerwerk.Data;
using Leerwerk.Data.Import;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Infrastructure.Import;

/// <summary>
/// Deletes previewed import files older than <see cref="ImportBestand.Geldigheid"/>: they can no longer be committed and
/// they hold personal data (a students file holds names and addresses). Run by the background work of one instance.
/// </summary>
public sealed class ImportBestandOpruiming(IServiceScopeFactory scopes, TimeProvider clock)
{
    /// <summary>Returns how many files were deleted.</summary>
    public async Task<int> RunAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        await using var db = scope.ServiceProvider.CreateSystemDbContext();
        var before = clock.GetUtcNow().UtcDateTime - ImportBestand.Geldigheid;
        return await db.ImportBestanden.Where(b => b.CreatedAt < before).ExecuteDeleteAsync(ct);
    }
}
