namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>
/// The stable codes of a refused status change (<see cref="Overgang.Refusals"/>). Each is the id of the catalogue
/// rule whose citation the refusal carries, or a finer id under it ("E11-OORZAAK"), so a page or a test can tell the
/// reasons apart without reading the Dutch text.
/// </summary>
public static class LevensloopCode
{
    /// <summary>The status machine has no such step (concept → ter ondertekening → getekend → actief, E6).</summary>
    public const string GeenStap = "E6-STATUS";

    /// <summary>A concept goes out for signing only with the mandatory content complete (E7).</summary>
    public const string InhoudOnvolledig = "E7";

    /// <summary>Getekend or actief only when every required party signed (E6).</summary>
    public const string NietGetekend = "E6";

    /// <summary>An early end needs its reason (the agreement says when and how it ends early, E7).</summary>
    public const string EindeReden = "E7-EINDE-REDEN";

    /// <summary>An early end needs its date, on or before the end date (E7).</summary>
    public const string EindeDatum = "E7-EINDE-DATUM";

    /// <summary>A replacement records why the stage cannot go on as it should (WVO 2020 art. 2.107, E11).</summary>
    public const string VervangOorzaak = "E11-OORZAAK";

    /// <summary>A replacement needs the day the old placement stops, on or before its end date (E11).</summary>
    public const string VervangDatum = "E11-DATUM";

    /// <summary>The replacement placement is missing, is the agreement itself, another student's, or already ended (E11).</summary>
    public const string Vervanger = "E11-VERVANGER";

    /// <summary>The replacement needs a leerbedrijf (E11).</summary>
    public const string VervangLeerbedrijf = "E11-LEERBEDRIJF";

    /// <summary>The replacement needs a start date before the old agreement's end date (E11).</summary>
    public const string VervangStart = "E11-START";
}
