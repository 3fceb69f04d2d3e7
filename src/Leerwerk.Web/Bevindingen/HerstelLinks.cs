using System.Globalization;
using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Web.Bevindingen;

/// <summary>
/// Turns the catalogue's <see cref="FixPlace"/> of a finding into the link to the page and section where it is fixed.
/// A finding about an agreement names no agreement id, so a student's agreement page is linked when the student has
/// exactly one current agreement (neither ended nor replaced); otherwise the placements on the dossier, where each
/// agreement is one click away.
/// </summary>
public static class HerstelLinks
{
    /// <summary>The link for a finding in a student's dossier.</summary>
    public static string ForDossier(string ruleId, Dossier dossier)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        var id = dossier.Leerling.Id;
        var current = dossier.Plaatsingen
            .Where(p => p.Status is not (LeerwerkovereenkomstStatus.Beeindigd or LeerwerkovereenkomstStatus.Vervangen))
            .ToList();
        var agreement = current.Count == 1 ? current[0] : null;
        return RuleCatalog.FixPlaceOf(ruleId) switch
        {
            FixPlace.LeerlingGegevens => Link("/Leerlingen/Edit/{0}", id),
            FixPlace.Route => Link("/Leerlingen/Route/{0}#besluit-kop", id),
            FixPlace.Intake => Link("/Leerlingen/Intake/{0}#vastleggen-kop", id),
            FixPlace.Programma => Link("/Leerlingen/Programma/{0}#programma", id),
            FixPlace.Examen => Link("/Leerlingen/Details/{0}#examen-kop", id),
            FixPlace.StageUren => Link("/StageUren/Leerling/{0}", id),
            FixPlace.Doorstroom => Link("/Leerlingen/Doorstroom/{0}#doorstroom", id),
            FixPlace.Samenwerkingsovereenkomst => "/Overeenkomsten#samenwerking",
            FixPlace.Ondertekening => AgreementLink(agreement, "ondertekening", id),
            FixPlace.OvereenkomstInhoud => AgreementLink(agreement, "overeenkomst-inhoud", id),
            FixPlace.Rooster => AgreementLink(agreement, "rooster", id),
            FixPlace.OvereenkomstStatus => AgreementLink(agreement, "status", id),
            FixPlace.Erkenningen when agreement is not null => ForLeerbedrijf(ruleId, agreement.LeerbedrijfId),
            FixPlace.Kwaliteitseisen when agreement is not null => ForLeerbedrijf(ruleId, agreement.LeerbedrijfId),
            _ => Link("/Leerlingen/Details/{0}#bevindingen-kop", id),
        };
    }

    /// <summary>The link for a finding about a leerbedrijf (F1–F3).</summary>
    public static string ForLeerbedrijf(string ruleId, int leerbedrijfId) => RuleCatalog.FixPlaceOf(ruleId) switch
    {
        FixPlace.Kwaliteitseisen => Link("/Leerbedrijven/Details/{0}#kwaliteitseisen", leerbedrijfId),
        _ => Link("/Leerbedrijven/Details/{0}#erkenningen", leerbedrijfId),
    };

    private static string AgreementLink(Leerwerkovereenkomst? agreement, string section, int leerlingId) =>
        agreement is null
            ? Link("/Leerlingen/Details/{0}#plaatsingen-kop", leerlingId)
            : Link("/Overeenkomsten/Leerwerk/{0}#" + section, agreement.Id);

    private static string Link(string format, int id) => string.Format(CultureInfo.InvariantCulture, format, id);
}
