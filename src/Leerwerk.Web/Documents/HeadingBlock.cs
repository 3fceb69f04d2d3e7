namespace Leerwerk.Web.Documents;

/// <summary>A heading: level 1 for a section ("Partijen"), level 2 for an article; a bijlage starts on a new page.</summary>
public sealed record HeadingBlock(string Text, int Level = 1, bool StartsNewPage = false) : DocumentBlock;
