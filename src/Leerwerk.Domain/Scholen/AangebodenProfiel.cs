namespace Leerwerk.Domain.Scholen;

/// <summary>
/// A vmbo profiel the school offers; its keuzevakken are the <see cref="AangebodenKeuzevak"/>
/// rows with the same <see cref="ProfielCode"/>. Set in the first-run set-up and afterwards by the beheerder.
/// </summary>
public sealed class AangebodenProfiel : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    /// <summary>The code of the profiel (see <see cref="Profielen.Profielen"/>).</summary>
    public required string ProfielCode { get; set; }
}
