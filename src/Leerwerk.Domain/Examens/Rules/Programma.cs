using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Leerlingen;

namespace Leerwerk.Domain.Examens.Rules;

/// <summary>What the programme rules (C1–C10) share: they judge an LWT student in leerjaar 3 or 4.</summary>
internal static class Programma
{
    public static bool Applies(Dossier dossier, DateOnly date) =>
        dossier.Leerling.Leerjaar is 3 or 4 && dossier.Leerling.RouteOn(date) == Leerroute.LeerWerktraject;

    public static IEnumerable<Vak> Counted(Dossier dossier) => dossier.Leerling.Vakken.Where(v => v.Deel != VakDeel.Extra);
}
