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
public sealed class HerbeoordelingTeLaat : ErkenningRegel
{
    public override string Id => "F1";

    protected override Finding? Evaluate(Leerbedrijf bedrijf, Erkenning erkenning, DateOnly peildatum, string subject)
    {
        if (ErkenningGeldigheid.AssessmentDueOn(erkenning, bedrijf.LwtStageperioden, peildatum) is not { } due || due >= peildatum)
        {
            return null;
        }

        var last = erkenning.LastAssessedOn is { } assessed ? $"de laatste beoordeling was op {Nl.Date(assessed)}" : $"sinds de erkenning op {Nl.Date(erkenning.GrantedOn)} is er geen beoordeling vastgelegd";
        return RuleCatalog.Get(Id, peildatum).Finding(
            $"De herbeoordeling door SBB van {ErkenningFindings.Name(bedrijf, erkenning)} is te laat: {last}, de volgende was uiterlijk {Nl.Date(due)} nodig. Vraag SBB om een beoordeling.",
            subject);
    }
}
