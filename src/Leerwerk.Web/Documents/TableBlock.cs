namespace Leerwerk.Web.Documents;

/// <summary>A simple table with a header row; the last row is set in bold when <paramref name="HasTotalRow"/>.</summary>
public sealed record TableBlock(IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows, bool HasTotalRow = false) : DocumentBlock;
