namespace Leerwerk.Web.Documents;

/// <summary>One block of an agreement's text, rendered the same way to DOCX and PDF.</summary>
public abstract record DocumentBlock;
