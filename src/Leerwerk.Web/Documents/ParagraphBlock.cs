namespace Leerwerk.Web.Documents;

/// <summary>A paragraph of running text; <paramref name="Label"/> is set in bold before it (a lid number, "Inhoud").</summary>
public sealed record ParagraphBlock(string Text, string? Label = null) : DocumentBlock;
