namespace Leerwerk.Data;

/// <summary>The "Database" configuration section.</summary>
public sealed class DatabaseSettings
{
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";

    /// <summary>"Sqlite" (default, one school on an embedded file) or "Postgres" (a board or national service).</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>For SQLite a relative file path is taken from the application's content root.</summary>
    public string ConnectionString { get; set; } = "Data Source=data/leerwerk.db";

    /// <summary>Apply pending migrations when the web app starts. Behind several instances use <c>leerwerk migrate</c> instead.</summary>
    public bool ApplyMigrationsOnStartup { get; set; } = true;

    public bool IsPostgres => string.Equals(Provider, Postgres, StringComparison.OrdinalIgnoreCase);
}
