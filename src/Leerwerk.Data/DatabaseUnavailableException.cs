namespace Leerwerk.Data;

/// <summary>The database cannot be reached or opened; its message is Dutch and meant for the person starting Leerwerk.</summary>
public sealed class DatabaseUnavailableException : Exception
{
    public DatabaseUnavailableException()
    {
    }

    public DatabaseUnavailableException(string message)
        : base(message)
    {
    }

    public DatabaseUnavailableException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
