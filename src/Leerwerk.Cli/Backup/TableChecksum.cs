namespace Leerwerk.Cli.Backup;

/// <summary>One table's row count and the SHA-256 of its contents, as <see cref="DatabaseChecksum"/> computes them.</summary>
internal sealed record TableChecksum(string Name, long Rows, string Sha256);
