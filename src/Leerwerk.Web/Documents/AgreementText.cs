namespace Leerwerk.Web.Documents;

/// <summary>The full text of an agreement, independent of the file format it is rendered to.</summary>
public sealed record AgreementText(string Title, string Subtitle, IReadOnlyList<DocumentBlock> Blocks);
