using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Examens;

/// <summary>
/// The finer rule ids the uitslag engine uses next to the RULES.md ids (D1, D4–D8, C8), with their
/// citations. Every id here is documented in docs/uitslag.md.
/// </summary>
public static class UitslagRegels
{
    public const string CeGemiddelde = "D-BB-a";
    public const string NederlandsBb = "D-BB-b";
    public const string Compensatie = "D-BB-c";
    public const string LoKunstvakken = "D-BB-e";
    public const string PakketBb = "D-PAKKET-BB";
    public const string CijferOntbreekt = "D-CIJFER";
    public const string ExtraWeggelaten = "D-EXTRA";
    public const string BoventalligKeuzevak = "D-BOVENTALLIG";
    public const string Herkansing = "D-HERK";
    public const string KeuzevakLwt = "D7-LWT";
    public const string Invoer = "D-INVOER";

    private const string Eb = "Eindexamenbesluit VO art.";

    private static readonly Dictionary<string, LegalCitation> Citations = new[]
    {
        CeGemiddelde, NederlandsBb, Compensatie, LoKunstvakken, PakketBb, CijferOntbreekt, ExtraWeggelaten, BoventalligKeuzevak, Herkansing, KeuzevakLwt, Invoer,
    }.ToDictionary(id => id, Build, StringComparer.Ordinal);

    /// <summary>The citation of a finer id or a catalogue id; one shared instance per id.</summary>
    public static LegalCitation CitationOf(string ruleId) =>
        Citations.TryGetValue(ruleId, out var citation) ? citation : RuleCatalog.Get(ruleId).Citation;

    private static LegalCitation Build(string ruleId) => ruleId switch
    {
        CeGemiddelde => Laws.UbArt("3.35", "1 sub a", $"{Eb} 49 lid 1 sub a"),
        NederlandsBb => Laws.UbArt("3.35", "1 sub b", $"{Eb} 49 lid 1 sub b"),
        Compensatie => Laws.UbArt("3.35", "1 sub c en lid 3", $"{Eb} 49 lid 1 sub c en lid 3"),
        LoKunstvakken => Laws.UbArt("3.35", "1 sub e", $"{Eb} 49 lid 1 sub e"),
        PakketBb => Laws.UbArt("3.5", "1"),
        CijferOntbreekt => Laws.UbArt("3.32", "1 tot en met 3", $"{Eb} 47"),
        ExtraWeggelaten => Laws.UbArt("3.33", "3", $"{Eb} 48 lid 3"),
        BoventalligKeuzevak => new LegalCitation(
            "Uitvoeringsbesluit WVO 2020 art. 3.33 lid 3 en art. 3.35 lid 3 en 5",
            $"{Eb} 48 lid 3 en art. 49",
            Laws.Article(Laws.Ub, "3.33")),
        Herkansing => Laws.UbArt("3.39", "1", $"{Eb} 51 lid 3"),
        KeuzevakLwt => new LegalCitation(
            "Uitvoeringsbesluit WVO 2020 art. 3.35 lid 1 sub d en lid 6; brochure Wat moet en wat mag: leer-werktrajecten (2021), §04",
            $"{Eb} 49 lid 1 sub d en lid 6",
            Laws.Article(Laws.Ub, "3.35")),
        Invoer => Laws.UbArt("3.13", "1 en 2", $"{Eb} 46"),
        _ => throw new ArgumentOutOfRangeException(nameof(ruleId), ruleId, "Not a finer uitslag rule id."),
    };

    /// <summary>The kind of a rule id: ADVIES for the brochure's LWT keuzevak minimum, else the catalogue's kind or MOET.</summary>
    public static RuleKind KindOf(string ruleId) => ruleId switch
    {
        KeuzevakLwt => RuleKind.Advies,
        _ when RuleCatalog.Contains(ruleId) => RuleCatalog.Get(ruleId).Kind,
        _ => RuleKind.Moet,
    };

    /// <summary>A reason for a legal condition: Error when unmet, Info when met.</summary>
    public static UitslagReden Reden(string ruleId, bool met, string message)
    {
        var (kind, citation) = Bronnen[ruleId];
        return new(ruleId, met, kind, met ? Severity.Info : Severity.Error, message, citation);
    }

    /// <summary>
    /// <see cref="Reden"/> for a message that is one of a few fixed texts (a literal, or from a fixed table of texts):
    /// the reason is built once per rule, outcome and text and shared, as the record is immutable. Every candidate gets several.
    /// </summary>
    public static UitslagReden GedeeldeReden(string ruleId, bool met, string message) =>
        GedeeldeRedenen[new VasteTekst(ruleId, met, message)];

    /// <summary>A point of doubt the product shows rather than hides (EXAM.md): always a warning, never for a met condition.</summary>
    public static UitslagReden Waarschuwing(string ruleId, string message)
    {
        var (kind, citation) = Bronnen[ruleId];
        return new(ruleId, false, kind, Severity.Warning, message, citation);
    }

    /// <summary>The key of a shared reason: every input it is built from. Its text is compared by identity (see <see cref="VasteTekst.Comparer"/>).</summary>
    internal readonly record struct VasteTekst(string RuleId, bool Met, string Message)
    {
        /// <summary>
        /// A fixed text is one string instance, so the lookup never hashes its characters. Identity is finer than
        /// equal content, so two keys that compare equal always build the same reason (ADR 0007).
        /// </summary>
        public static readonly IEqualityComparer<VasteTekst> Comparer = new IdentiteitVanTekst();

        private sealed class IdentiteitVanTekst : IEqualityComparer<VasteTekst>
        {
            public bool Equals(VasteTekst x, VasteTekst y) =>
                ReferenceEquals(x.Message, y.Message) && x.Met == y.Met && string.Equals(x.RuleId, y.RuleId, StringComparison.Ordinal);

            public int GetHashCode(VasteTekst obj) =>
                HashCode.Combine(System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(obj.Message), obj.Met);
        }
    }

    private static readonly Memo<VasteTekst, UitslagReden> GedeeldeRedenen = new(100_000, static k => Reden(k.RuleId, k.Met, k.Message), VasteTekst.Comparer);

    /// <summary>Kind and citation per id, looked up once: every candidate gets some ten reasons.</summary>
    private static readonly Memo<string, (RuleKind Kind, LegalCitation Citation)> Bronnen = new(1_000, static id => (KindOf(id), CitationOf(id)), StringComparer.Ordinal);

    /// <summary>A reason why the input is invalid, naming the field.</summary>
    public static UitslagReden OngeldigeInvoer(string field, string message) =>
        new(Invoer, false, RuleKind.Moet, Severity.Error, string.Create(Nl.Culture, $"{field}: {message}"), CitationOf(Invoer), field);
}
