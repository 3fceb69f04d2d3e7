namespace Leerwerk.Data;

/// <summary>The profielen as a reference table, so student and erkenning rows point at a real profiel.</summary>
public sealed class ProfielRow
{
    public required string Code { get; set; }

    public required string Name { get; set; }

    public required string Afkorting { get; set; }

    public int LwtVakcode { get; set; }
}
