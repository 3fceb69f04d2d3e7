using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Leerbedrijven.Rules;

/// <summary>
/// F2: an erkenning lapses by law when the company has hosted no LWT student for four consecutive years,
/// computed from its hosting periods (<see cref="ErkenningGeldigheid.LapsesOn"/>). An error once lapsed; a
/// warning in the <see cref="WarningMonths"/> before, so the school can place a student in time or look elsewhere.
/// </summary>
public sealed class ErkenningVervallen : ErkenningRegel
{
    /// <summary>How far ahead a coming lapse is announced.</summary>
    public const int WarningMonths = 6;

    public override string Id => "F2";

    protected override Finding? Evaluate(Leerbedrijf bedrijf, Erkenning erkenning, DateOnly peildatum, string subject)
    {
        if (!erkenning.IsLwt || erkenning.GrantedOn > peildatum || ErkenningGeldigheid.IsWithdrawnOn(erkenning, peildatum))
        {
            return null;
        }

        var lapse = ErkenningGeldigheid.LapsesOn(erkenning, bedrijf.LwtStageperioden);
        var rule = RuleCatalog.Get(Id, peildatum);
        var last = bedrijf.LwtStageperioden.Where(p => p.Start < lapse).Select(p => (DateOnly?)p.End).Max();
        var since = last is { } end ? $"de laatste LWT-stage eindigde op {Nl.Date(end)}" : $"er is sinds de erkenning op {Nl.Date(erkenning.GrantedOn)} geen LWT-leerling geplaatst";
        if (lapse <= peildatum)
        {
            return rule.Finding(
                $"{Capital(ErkenningFindings.Name(bedrijf, erkenning))} is op {Nl.Date(lapse)} van rechtswege vervallen: vier jaar achter elkaar geen leerling in een leer-werktraject ({since}). Het bedrijf heeft een nieuwe erkenning van SBB nodig.",
                subject);
        }

        return lapse <= peildatum.AddMonths(WarningMonths)
            ? rule.Finding(
                $"{Capital(ErkenningFindings.Name(bedrijf, erkenning))} vervalt op {Nl.Date(lapse)} van rechtswege als er vóór die dag geen leerling in een leer-werktraject begint ({since}).",
                subject,
                Severity.Warning)
            : null;
    }

    private static string Capital(string text) => string.Concat(text[..1].ToUpper(Nl.Culture), text[1..]);
}
