namespace Leerwerk.Web.Documents;

/// <summary>The full text of an agreement, independent of the file format it is rendered to.</summary>
public sealed record DocumentText(string Title, string Subtitle, IReadOnlyList<DocumentBlock> Blocks);
