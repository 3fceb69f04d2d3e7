using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Overeenkomsten.Rules;

/// <summary>
/// A3: in the bovenbouw (leerjaar 3 and 4) an LWT is only offered on the basis of a
/// samenwerkingsovereenkomst for the LWT, in force on that date, with an mbo institution that
/// provides a basisberoepsopleiding.
/// </summary>
public sealed class SamenwerkingsovereenkomstInForce : IRule<Dossier>
{
    public string Id => "A3";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var student = subject.Leerling;
        if (student.Leerjaar < 3 || student.RouteOn(referenceDate) != Leerroute.LeerWerktraject)
        {
            yield break;
        }

        var inForce = subject.Samenwerkingsovereenkomsten.Any(s =>
            s.Soort == SamenwerkingSoort.LeerWerktraject
            && s.IsInForceOn(referenceDate)
            && s.MboInstelling?.OffersBasisberoepsopleiding != false);
        if (!inForce)
        {
            yield return RuleCatalog.Get(Id, referenceDate).Finding(
                $"Op {Nl.Date(referenceDate)} is er geen samenwerkingsovereenkomst voor het LWT van kracht met een mbo-instelling die een basisberoepsopleiding verzorgt; {student.FullName} (leerjaar {student.Leerjaar}) mag dan geen LWT volgen.",
                subject.Subject);
        }
    }
}
