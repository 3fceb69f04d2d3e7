using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Rules;
using static Leerwerk.Domain.Overeenkomsten.LeerwerkovereenkomstStatus;

namespace Leerwerk.Domain.Overeenkomsten;

/// <summary>
/// The status machine of a leer-werkovereenkomst: concept → ter ondertekening → getekend → actief → beëindigd,
/// or vervangen by a new placement (WVO 2020 art. 2.107; rule E11). The mandatory content (rule E7) decides
/// whether a concept may go out for signing, the signatures (rule E6) whether it counts as signed and may
/// become active. The only way to change <see cref="Leerwerkovereenkomst.Status"/>. A refused change returns its
/// reasons as findings (<see cref="Overgang.Refusals"/>); nothing is thrown and nothing changes.
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
    /// <param name="peildatum">The day of the request: it picks the version of the rules the refusals cite.</param>
    /// <param name="request">The date, reason and replacement an end or a replacement needs.</param>
    public static Overgang Check(Leerwerkovereenkomst agreement, Leerling leerling, LeerwerkovereenkomstStatus to,
        DateOnly peildatum, Beeindiging? request = null)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(leerling);
        var refusals = new Weigeringen(leerling, peildatum);
        var from = agreement.Status;
        if (!Edges[from].Contains(to))
        {
            refusals.Add(LevensloopCode.GeenStap, $"Een overeenkomst met status {Label(from)} kan niet naar {Label(to)}.");
            return new Overgang(from, to, refusals.All);
        }

        if (from == Concept)
        {
            var missing = VerplichteInhoud.Missing(agreement);
            if (missing.Count > 0)
            {
                refusals.Add(LevensloopCode.InhoudOnvolledig, $"De overeenkomst kan nog niet ter ondertekening: de verplichte inhoud is niet compleet. Ontbreekt: {string.Join(", ", missing)}.");
            }
        }

        if (to is Getekend or Actief)
        {
            var unsigned = Ondertekenaars.MissingParties(agreement, leerling);
            if (unsigned.Count > 0)
            {
                refusals.Add(LevensloopCode.NietGetekend, $"Nog niet getekend door {string.Join(" en ", unsigned.Select(Ondertekenaars.PartyName))}.");
            }
        }

        if (to is Beeindigd or Vervangen)
        {
            CheckEnd(agreement, to, request, refusals);
        }

        return new Overgang(from, to, refusals.All);
    }

    /// <summary>
    /// Moves the agreement when <see cref="Check"/> allows it (on the day of <paramref name="changedAt"/>): sets the
    /// status (and for an end the date, reason and replacement) and appends the history entry. Returns the check's
    /// outcome either way.
    /// </summary>
    public static Overgang Apply(Leerwerkovereenkomst agreement, Leerling leerling, LeerwerkovereenkomstStatus to,
        string changedBy, DateTime changedAt, Beeindiging? request = null)
    {
        var result = Check(agreement, leerling, to, DateOnly.FromDateTime(changedAt), request);
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

        agreement.MoveTo(to);
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
    /// Replaces the agreement (WVO 2020 art. 2.107; E11): checks the cause, the day and the new placement, and when
    /// all is well makes the new placement — a concept for the same student at the chosen leerbedrijf, from the chosen
    /// start to the old end date, with the same content and rooster to adapt — and moves this one to vervangen. The
    /// caller saves the new placement with the old one; a refusal changes nothing and makes nothing.
    /// </summary>
    public static VervangResultaat Vervang(Leerwerkovereenkomst agreement, Leerling leerling, Vervanging request,
        string changedBy, DateTime changedAt)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(request);
        var refusals = new Weigeringen(leerling, DateOnly.FromDateTime(changedAt));
        if (request.Leerbedrijf is null)
        {
            refusals.Add(LevensloopCode.VervangLeerbedrijf, "Kies het leerbedrijf van de vervangende plaatsing.");
        }

        if (request.Start is not { } start)
        {
            refusals.Add(LevensloopCode.VervangStart, "Geef de startdatum van de vervangende plaatsing.");
        }
        else if (start > agreement.EndDate)
        {
            refusals.Add(LevensloopCode.VervangStart, $"De vervangende plaatsing moet vóór de einddatum van deze overeenkomst ({Nl.Date(agreement.EndDate)}) beginnen.");
        }

        var replacement = refusals.All.Count == 0 ? Copy(agreement, request.Leerbedrijf!, request.Start!.Value) : null;
        // Without a new placement its own refusals are listed already; the check still judges the cause and the day.
        var check = Check(agreement, leerling, Vervangen, DateOnly.FromDateTime(changedAt),
            new Beeindiging(request.On, request.Cause, replacement ?? new Leerwerkovereenkomst { LeerlingId = agreement.LeerlingId }));
        if (refusals.All.Count > 0 || !check.IsAllowed)
        {
            return new VervangResultaat(check with { Refusals = [.. refusals.All, .. check.Refusals] }, null);
        }

        return new VervangResultaat(Apply(agreement, leerling, Vervangen, changedBy, changedAt, new Beeindiging(request.On, request.Cause, replacement)), replacement);
    }

    /// <summary>
    /// Reconstitution only: gives an agreement the status it was recorded with elsewhere (a dossier file that
    /// <c>leerwerk controleer</c> judges, or a test that arranges a state the law forbids, such as active but not
    /// signed, to show the rule that flags it). No check and no history: it records a fact, it is not a change.
    /// A change of status at the school always goes through <see cref="Apply"/>.
    /// </summary>
    public static void Restore(Leerwerkovereenkomst agreement, LeerwerkovereenkomstStatus status)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        agreement.MoveTo(status);
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

    private static void CheckEnd(Leerwerkovereenkomst agreement, LeerwerkovereenkomstStatus to, Beeindiging? request, Weigeringen refusals)
    {
        var replacing = to == Vervangen;
        if (string.IsNullOrWhiteSpace(request?.Reason))
        {
            refusals.Add(replacing ? LevensloopCode.VervangOorzaak : LevensloopCode.EindeReden, replacing
                ? "Leg de oorzaak vast: waarom kan de stage hier niet naar behoren doorgaan?"
                : "Geef de reden van de beëindiging.");
        }

        var dateCode = replacing ? LevensloopCode.VervangDatum : LevensloopCode.EindeDatum;
        if (request?.On is not { } on)
        {
            refusals.Add(dateCode, "Geef de datum van de beëindiging.");
        }
        else if (on > agreement.EndDate)
        {
            refusals.Add(dateCode, $"De datum van de beëindiging ({Nl.Date(on)}) ligt na de einddatum van de overeenkomst ({Nl.Date(agreement.EndDate)}).");
        }

        if (!replacing)
        {
            return;
        }

        var replacement = request?.Replacement;
        if (replacement is null)
        {
            refusals.Add(LevensloopCode.Vervanger, "Koppel de vervangende plaatsing: een nieuwe leer-werkovereenkomst voor dezelfde leerling.");
        }
        else if (ReferenceEquals(replacement, agreement) || (replacement.Id != 0 && replacement.Id == agreement.Id))
        {
            refusals.Add(LevensloopCode.Vervanger, "Een overeenkomst kan zichzelf niet vervangen.");
        }
        else if (replacement.LeerlingId != agreement.LeerlingId)
        {
            refusals.Add(LevensloopCode.Vervanger, "De vervangende plaatsing moet voor dezelfde leerling zijn.");
        }
        else if (replacement.Status is Beeindigd or Vervangen)
        {
            refusals.Add(LevensloopCode.Vervanger, "De vervangende plaatsing is zelf al beëindigd of vervangen.");
        }
    }

    private static Leerwerkovereenkomst Copy(Leerwerkovereenkomst old, Leerbedrijf company, DateOnly start) => new()
    {
        SchoolId = old.SchoolId,
        LeerlingId = old.LeerlingId,
        Leerling = old.Leerling,
        LeerbedrijfId = company.Id,
        Leerbedrijf = company,
        MentorName = old.MentorName,
        Inhoud = old.Inhoud,
        Leerdoelen = old.Leerdoelen,
        Beoordelingsmaatstaven = old.Beoordelingsmaatstaven,
        Begeleiding = old.Begeleiding,
        VoortijdigeBeeindiging = old.VoortijdigeBeeindiging,
        StartDate = start,
        EndDate = old.EndDate,
        PlannedHours = old.PlannedHours,
        Rooster = new Rooster { Monday = old.Rooster.Monday, Tuesday = old.Rooster.Tuesday, Wednesday = old.Rooster.Wednesday, Thursday = old.Rooster.Thursday, Friday = old.Rooster.Friday },
    };

    /// <summary>Collects refusals as findings of the catalogue rule their code rests on, in the version of the day.</summary>
    private sealed class Weigeringen(Leerling leerling, DateOnly peildatum)
    {
        public List<Finding> All { get; } = [];

        public void Add(string code, string message)
        {
            var rule = RuleCatalog.Get(RuleCatalog.BaseId(code), peildatum);
            All.Add(new Finding(code, rule.Kind, Severity.Error, message, rule.Citation, $"Leerling {leerling.Leerlingnummer} ({leerling.FullName})"));
        }
    }
}
