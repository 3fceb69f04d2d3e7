using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Leerbedrijven.Rules;

/// <summary>
/// F1: SBB assesses every leerbedrijf once in four years. A finding when the last assessment (or the grant)
/// plus four years lies before the date, for an erkenning that is neither withdrawn nor lapsed.
/// </summary>
/// <remarks>
/// An overdue assessment does not by itself end the erkenning (see <see cref="ErkenningGeldigheid"/>), so E5 does
/// not fire for it; F1 is the error that makes the school ask SBB to come.
/// </remarks>
public sealed class HerbeoordelingTeLaat : IRule<Leerbedrijf>, IRule<Dossier>
{
    public string Id => "F1";

    public IEnumerable<Finding> Evaluate(Leerbedrijf subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.Erkenningen.Select(e => Evaluate(subject, e, referenceDate, subject.Name)).OfType<Finding>();
    }

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return ErkenningFindings.Current(subject, referenceDate)
            .Select(c => Evaluate(c.Bedrijf, c.Erkenning, referenceDate, subject.Subject))
            .OfType<Finding>();
    }

    private Finding? Evaluate(Leerbedrijf bedrijf, Erkenning erkenning, DateOnly date, string subject)
    {
        if (ErkenningGeldigheid.IsWithdrawnOn(erkenning, date)
            || ErkenningGeldigheid.IsLapsedOn(erkenning, bedrijf.LwtStageperioden, date)
            || !ErkenningGeldigheid.IsAssessmentOverdueOn(erkenning, date))
        {
            return null;
        }

        var last = erkenning.LastAssessedOn is { } assessed ? $"de laatste beoordeling was op {Nl.Date(assessed)}" : $"sinds de erkenning op {Nl.Date(erkenning.GrantedOn)} is er geen beoordeling vastgelegd";
        return RuleCatalog.Get(Id, date).Finding(
            $"De herbeoordeling door SBB van {ErkenningFindings.Name(bedrijf, erkenning)} is te laat: {last}, de volgende was uiterlijk {Nl.Date(erkenning.NextAssessmentDue)} nodig. Vraag SBB om een beoordeling.",
            subject);
    }
}
