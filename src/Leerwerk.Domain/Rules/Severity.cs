namespace Leerwerk.Domain.Rules;

/// <summary>How loudly a finding speaks. Only <see cref="Error"/> stands for a breach of the law.</summary>
public enum Severity
{
    /// <summary>Information, or confirmation that something is allowed.</summary>
    Info,

    /// <summary>Advice, a point of doubt or something that will soon go wrong.</summary>
    Warning,

    /// <summary>A legal requirement is not met.</summary>
    Error,
}
