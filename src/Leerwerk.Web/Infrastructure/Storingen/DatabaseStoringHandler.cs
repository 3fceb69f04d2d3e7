using Microsoft.AspNetCore.Diagnostics;

namespace Leerwerk.Web.Infrastructure.Storingen;

/// <summary>
/// Runs inside UseExceptionHandler before the /Fout page: a database that is away or full gets its own answer
/// (<see cref="StoringAntwoord"/>) instead of the 500 page. A handled exception is not logged again as unhandled.
/// </summary>
public sealed class DatabaseStoringHandler(ILogger<DatabaseStoringHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken) =>
        await StoringAntwoord.TryWriteAsync(httpContext, exception, logger);
}
