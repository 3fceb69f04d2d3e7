using System.Globalization;

namespace Leerwerk.Domain.Rules;

/// <summary>Builds citations to the laws LWT rules rest on, with links to wetten.overheid.nl.</summary>
public static class Laws
{
    /// <summary>Wet voortgezet onderwijs 2020.</summary>
    public const string Wvo2020 = "BWBR0044212";

    /// <summary>Uitvoeringsbesluit WVO 2020, in force since 2022-08-01.</summary>
    public const string Ub = "BWBR0045787";

    /// <summary>The old Wet op het voortgezet onderwijs, which the brochure quotes.</summary>
    public const string OldWvo = "BWBR0002399";

    /// <summary>The old Eindexamenbesluit VO, until 2022-07-31.</summary>
    public const string OldEb = "BWBR0004593";

    /// <summary>The day the Uitvoeringsbesluit WVO 2020 replaced the Eindexamenbesluit VO.</summary>
    public static readonly DateOnly UbInForce = new(2022, 8, 1);

    /// <summary>
    /// The day the Wet voortgezet onderwijs 2020 replaced the old WVO (Besluit van 29 november 2021, Stb. 2021, 599);
    /// the same day as the Uitvoeringsbesluit.
    /// </summary>
    public static readonly DateOnly Wvo2020InForce = new(2022, 8, 1);

    /// <summary>The last day of the old WVO and the old Eindexamenbesluit VO.</summary>
    public static readonly DateOnly OldLawLastDay = Wvo2020InForce.AddDays(-1);

    /// <summary>The period of a rule version that rests on WVO 2020 or its Uitvoeringsbesluit.</summary>
    public static readonly ValidityPeriod SinceWvo2020 = new(Wvo2020InForce, null);

    /// <summary>The period of a rule version that rested on the old WVO, before the content changed in WVO 2020.</summary>
    public static readonly ValidityPeriod BeforeWvo2020 = new(null, OldLawLastDay);

    /// <summary>A link to an article on wetten.overheid.nl (the version in force today).</summary>
    public static Uri Article(string bwbr, string article) =>
        new($"https://wetten.overheid.nl/jci1.3:c:{bwbr}&artikel={article}");

    /// <summary>A citation of WVO 2020 with the old WVO article in brackets.</summary>
    public static LegalCitation Wvo(string article, string? lid = null, string? old = null) =>
        new($"WVO 2020 art. {article}{Lid(lid)}", old is null ? null : $"WVO art. {old}", Article(Wvo2020, article));

    /// <summary>
    /// A citation of the old WVO as it stood on its last day, for a rule version from before WVO 2020;
    /// the link opens the article as it was on <see cref="OldLawLastDay"/>.
    /// </summary>
    public static LegalCitation OldWvoArt(string article, string? lid = null) =>
        new($"WVO art. {article}{Lid(lid)}", null,
            new Uri($"{Article(OldWvo, article)}&g={OldLawLastDay.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}"));

    /// <summary>
    /// One citation of a rule that rests on two places: <paramref name="also"/> first, then <paramref name="main"/>,
    /// so that the old number in brackets closes the part it belongs to; the link opens the main article.
    /// </summary>
    public static LegalCitation Both(LegalCitation also, LegalCitation main)
    {
        ArgumentNullException.ThrowIfNull(also);
        ArgumentNullException.ThrowIfNull(main);
        var historical = also.Historical is null ? main.Historical
            : main.Historical is null ? also.Historical
            : $"{also.Historical}; {main.Historical}";
        return new($"{also.Current}; {main.Current}", historical, main.Source);
    }

    /// <summary>A citation of the Uitvoeringsbesluit WVO 2020 with the old article in brackets.</summary>
    public static LegalCitation UbArt(string article, string? lid = null, string? old = null) =>
        new($"Uitvoeringsbesluit WVO 2020 art. {article}{Lid(lid)}", old, Article(Ub, article));

    /// <summary>A citation of practice from the brochure "Wat moet en wat mag: leer-werktrajecten" (2021), linked to the law it explains.</summary>
    public static LegalCitation Brochure(string section, string bwbr, string article) =>
        new($"Brochure Wat moet en wat mag: leer-werktrajecten (2021), {section}", null, Article(bwbr, article));

    private static string Lid(string? lid) => lid is null ? string.Empty : $" lid {lid}";
}
