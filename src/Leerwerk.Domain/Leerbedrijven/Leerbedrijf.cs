namespace Leerwerk.Domain.Leerbedrijven;

/// <summary>
/// A company recognised by SBB to host students. Only one with an erkenning for the LWT of the
/// student's profiel may host an LWT student (WVO 2020 art. 2.105 lid 3; rule E5).
/// </summary>
public sealed class Leerbedrijf : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public required string Name { get; set; }

    /// <summary>The eight-digit number in the Handelsregister of the KvK.</summary>
    public required string KvkNumber { get; set; }

    /// <summary>The id SBB gives the leerbedrijf in its register.</summary>
    public string? SbbLeerbedrijfId { get; set; }

    public string? Street { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public List<Praktijkbegeleider> Praktijkbegeleiders { get; set; } = [];

    public List<Erkenning> Erkenningen { get; set; } = [];

    public List<KwaliteitseisBeoordeling> Kwaliteitseisen { get; set; } = [];

    /// <summary>
    /// The periods this company hosted LWT students, for rule F2. Not stored: the web app derives them from the
    /// company's leer-werkovereenkomsten (<c>Overeenkomsten.Stageperioden.From</c>), <c>leerwerk controleer</c> reads them.
    /// </summary>
    public List<Stageperiode> LwtStageperioden { get; set; } = [];
}
