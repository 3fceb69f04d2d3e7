namespace Leerwerk.Web.Documents;

/// <summary>
/// Where one party signs: the party, the signer's name and the date (both left as a line to fill in
/// when not known yet), and room for the signature.
/// </summary>
public sealed record SignatureBlock(string Party, string? Name, DateOnly? SignedOn) : DocumentBlock;
