using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Scholen;

namespace Leerwerk.Web.Infrastructure;

/// <summary>The Dutch words users read for the enums of students and mbo partners.</summary>
public static class DutchLabels
{
    public static string Label(this Leerroute route) => route switch
    {
        Leerroute.LeerWerktraject => "Leer-werktraject",
        Leerroute.RegulierBb => "Regulier bb",
        Leerroute.DoorlopendeLeerroute => "Doorlopende leerroute",
        Leerroute.GeintegreerdeLeerroute => "Geïntegreerde leerroute",
    };

    public static string Label(this Leerweg leerweg) => leerweg switch
    {
        Leerweg.Bb => "Basisberoepsgerichte leerweg (BB)",
        Leerweg.Kb => "Kaderberoepsgerichte leerweg (KB)",
        Leerweg.Gl => "Gemengde leerweg (GL)",
        Leerweg.Tl => "Theoretische leerweg (TL)",
    };

    public static string Label(this MboSoort soort) => soort switch
    {
        MboSoort.Roc => "ROC",
        MboSoort.Aoc => "AOC",
        MboSoort.Vakinstelling => "Vakinstelling",
    };

    public static string Label(this Beoordeling beoordeling) => beoordeling switch
    {
        Beoordeling.Onvoldoende => "Onvoldoende",
        Beoordeling.Voldoende => "Voldoende",
        Beoordeling.Goed => "Goed",
    };
}
