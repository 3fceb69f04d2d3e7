using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten.Rules;
using static Leerwerk.Domain.Overeenkomsten.LeerwerkovereenkomstStatus;

namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>
/// The status machine of a leer-werkovereenkomst: concept → ter ondertekening → getekend → actief → beëindigd,
/// or vervangen by a new placement (WVO 2020 art. 2.107; rule E11). The mandatory content (rule E7) decides
/// whether a concept may go out for signing, the signatures (rule E6) whether it counts as signed and may
/// become active. A refused change returns its Dutch reasons; nothing is thrown and nothing changes.
/// </summary>
public static class Levensloop
{
    private static readonly Dictionary<LeerwerkovereenkomstStatus, LeerwerkovereenkomstStatus[]> Edges = new()
    {
        [Concept] = [TerOndertekening],
        [TerOndertekening] = [Concept, Getekend, Beeindigd],
        [Getekend] = [Actief, Beeindigd, Vervangen],
        [Actief] = [Beeindigd, Vervangen],
        [Beeindigd] = [],
        [Vervangen] = [],
    };

    /// <summary>The statuses the agreement may move to next, whatever its content.</summary>
    public static IReadOnlyList<LeerwerkovereenkomstStatus> Next(LeerwerkovereenkomstStatus status) => Edges[status];

    /// <summary>Whether the agreement may move to <paramref name="to"/>, and if not, why not.</summary>
    /// <param name="agreement">The agreement with its signatures loaded.</param>
    /// <param name="leerling">The student, for the age on the signing date (parents sign for a minor).</param>
    /// <param name="to">The requested status.</param>
    /// <param name="request">The date, reason and replacement an end or a replacement needs.</param>
    public static Overgang Check(Leerwerkovereenkomst agreement, Leerling leerling, LeerwerkovereenkomstStatus to, Beeindiging? request = null)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(leerling);
        var from = agreement.Status;
        if (!Edges[from].Contains(to))
        {
            return Overgang.Refused(from, to, $"Een overeenkomst met status {Label(from)} kan niet naar {Label(to)}.");
        }

        var reasons = new List<string>();
        if (from == Concept)
        {
            var missing = LeerwerkovereenkomstInhoud.Missing(agreement);
            if (missing.Count > 0)
            {
                reasons.Add($"De overeenkomst kan nog niet ter ondertekening: de verplichte inhoud (UB WVO 2020 art. 2.65) is niet compleet. Ontbreekt: {string.Join(", ", missing)}.");
            }
        }

        if (to is Getekend or Actief)
        {
            var unsigned = LeerwerkovereenkomstSignedBeforeStart.MissingParties(agreement, leerling);
            if (unsigned.Count > 0)
            {
                reasons.Add($"Nog niet getekend door {string.Join(" en ", unsigned.Select(LeerwerkovereenkomstSignedBeforeStart.PartyName))} (WVO 2020 art. 2.103 lid 6).");
            }
        }

        if (to is Beeindigd or Vervangen)
        {
            CheckEnd(agreement, to, request, reasons);
        }

        return new Overgang(from, to, reasons);
    }

    /// <summary>
    /// Moves the agreement when <see cref="Check"/> allows it: sets the status (and for an end the date, reason
    /// and replacement) and appends the history entry. Returns the check's outcome either way.
    /// </summary>
    public static Overgang Apply(Leerwerkovereenkomst agreement, Leerling leerling, LeerwerkovereenkomstStatus to,
        string changedBy, DateTime changedAt, Beeindiging? request = null)
    {
        var result = Check(agreement, leerling, to, request);
        if (!result.IsAllowed)
        {
            return result;
        }

        if (to is Beeindigd or Vervangen)
        {
            agreement.EndedOn = request!.On;
            agreement.EndReason = request.Reason!.Trim();
            agreement.ReplacedBy = request.Replacement;
        }

        agreement.Status = to;
        agreement.StatusGeschiedenis.Add(new StatusWijziging
        {
            SchoolId = agreement.SchoolId,
            LeerwerkovereenkomstId = agreement.Id,
            From = result.From,
            To = to,
            ChangedBy = changedBy,
            ChangedAt = changedAt,
            Reason = request?.Reason?.Trim(),
        });
        return result;
    }

    /// <summary>
    /// Why the content (parties, period, hours, rooster, the UB 2.65 content) can no longer be changed, or null while
    /// it can: only a concept is edited. Once the agreement has gone out for signing, the parties sign this text; a
    /// change goes back to concept first (while it is not signed yet), or becomes a new agreement (vervangen, E11).
    /// </summary>
    public static string? InhoudVast(LeerwerkovereenkomstStatus status) => status switch
    {
        Concept => null,
        TerOndertekening => "De overeenkomst is ter ondertekening: de partijen tekenen deze tekst. Zet haar eerst terug naar concept om de inhoud te wijzigen.",
        Getekend or Actief => $"De overeenkomst is {Label(status)}: de inhoud ligt vast. Een andere plaats of andere afspraken worden een nieuwe overeenkomst (vervangen).",
        _ => $"De overeenkomst is {Label(status)}: de inhoud ligt vast.",
    };

    /// <summary>The Dutch name of a status, lower case, as the reasons use it.</summary>
    public static string Label(LeerwerkovereenkomstStatus status) => status switch
    {
        Concept => "concept",
        TerOndertekening => "ter ondertekening",
        Getekend => "getekend",
        Actief => "actief",
        Beeindigd => "beëindigd",
        Vervangen => "vervangen",
    };

    private static void CheckEnd(Leerwerkovereenkomst agreement, LeerwerkovereenkomstStatus to, Beeindiging? request, List<string> reasons)
    {
        if (string.IsNullOrWhiteSpace(request?.Reason))
        {
            reasons.Add(to == Vervangen
                ? "Leg de oorzaak vast: waarom kan de stage hier niet naar behoren doorgaan (WVO 2020 art. 2.107)?"
                : "Geef de reden van de beëindiging.");
        }

        if (request?.On is not { } on)
        {
            reasons.Add("Geef de datum van de beëindiging.");
        }
        else if (on > agreement.EndDate)
        {
            reasons.Add($"De datum van de beëindiging ({Nl.Date(on)}) ligt na de einddatum van de overeenkomst ({Nl.Date(agreement.EndDate)}).");
        }

        if (to != Vervangen)
        {
            return;
        }

        var replacement = request?.Replacement;
        if (replacement is null)
        {
            reasons.Add("Koppel de vervangende plaatsing: een nieuwe leer-werkovereenkomst voor dezelfde leerling.");
        }
        else if (ReferenceEquals(replacement, agreement) || (replacement.Id != 0 && replacement.Id == agreement.Id))
        {
            reasons.Add("Een overeenkomst kan zichzelf niet vervangen.");
        }
        else if (replacement.LeerlingId != agreement.LeerlingId)
        {
            reasons.Add("De vervangende plaatsing moet voor dezelfde leerling zijn.");
        }
        else if (replacement.Status is Beeindigd or Vervangen)
        {
            reasons.Add("De vervangende plaatsing is zelf al beëindigd of vervangen.");
        }
    }
}
