namespace Leerwerk.Web.Documents;

/// <summary>A heading: level 1 for a section ("Partijen"), level 2 for an article.</summary>
public sealed record HeadingBlock(string Text, int Level = 1) : DocumentBlock;
