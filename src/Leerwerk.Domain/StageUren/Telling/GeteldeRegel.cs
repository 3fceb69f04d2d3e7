namespace Leerwerk.Domain.StageUren.Telling;

/// <summary>One hour entry with the verdict of <see cref="UrenTelling"/>: counted, or the reason it is not.</summary>
public sealed record GeteldeRegel(StageUrenRegel Regel, NietGeteldReden? Reden)
{
    public bool Telt => Reden is null;

    /// <summary>The rule that makes the entry not count (E4, E5-UREN, E6-UREN), or null for an approval state.</summary>
    public string? RuleId => Reden switch
    {
        NietGeteldReden.GeenOvereenkomst or NietGeteldReden.BuitenPeriode => "E4",
        NietGeteldReden.GeenErkenning => "E5-UREN",
        NietGeteldReden.NietOndertekend => "E6-UREN",
        _ => null,
    };

    /// <summary>The Dutch reason shown next to the entry.</summary>
    public string Uitleg => Reden switch
    {
        null => "telt mee",
        NietGeteldReden.NogNietGoedgekeurd => "nog niet goedgekeurd",
        NietGeteldReden.Afgekeurd => "afgekeurd",
        NietGeteldReden.Gecorrigeerd => "gecorrigeerd (de correctie telt)",
        NietGeteldReden.GeenOvereenkomst => "niet ingevoerd onder een leer-werkovereenkomst van deze leerling",
        NietGeteldReden.BuitenPeriode => "buiten de periode van de leer-werkovereenkomst",
        NietGeteldReden.NietOndertekend => "de leer-werkovereenkomst was op die dag nog niet door alle partijen getekend",
        NietGeteldReden.GeenErkenning => "het leerbedrijf had op die dag geen LWT-erkenning voor het profiel van de leerling",
        _ => "telt niet mee",
    };
}
