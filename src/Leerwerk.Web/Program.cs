using Leerwerk.Web.Infrastructure;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddLeerwerkWeb(builder.Environment, builder.Configuration);

var app = builder.Build();
if (ProxyInstellingen.AllowedHostsProblem(app.Configuration, app.Environment) is { } hostProblem)
{
    await Console.Error.WriteLineAsync($"Leerwerk kan niet starten. {hostProblem}");
    return 3;
}

// Migrations, the first administrator and the demo school; a database that cannot be reached
// ends the start with a Dutch message and exit code 3, never a stack trace.
if (!await app.PrepareDatabaseAsync())
{
    return 3;
}

app.UseLeerwerkPipeline();
await app.RunAsync();
return 0;
