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

    public static string Label(this Regio regio) => regio switch
    {
        Regio.Noord => "Noord",
        Regio.Midden => "Midden",
        Regio.Zuid => "Zuid",
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

    public static string Label(this UitslagStatus status) => status switch
    {
        UitslagStatus.Geslaagd => "Geslaagd",
        UitslagStatus.Afgewezen => "Afgewezen",
        UitslagStatus.Onvolledig => "Onvolledig",
        UitslagStatus.Ongeldig => "Ongeldig",
    };

    /// <summary>The tag class of a result: ok for a pass, error for a fail or invalid input, warning while incomplete.</summary>
    public static string TagClass(this UitslagStatus status) => status switch
    {
        UitslagStatus.Geslaagd => "tag--ok",
        UitslagStatus.Afgewezen => "tag--error",
        UitslagStatus.Onvolledig => "tag--warning",
        UitslagStatus.Ongeldig => "tag--error",
    };

    public static string Label(this UitslagRegeling regeling) => regeling switch
    {
        UitslagRegeling.Bb => "BB",
        UitslagRegeling.Lwt => "LWT",
    };

    public static string Label(this VakSoort soort) => soort switch
    {
        VakSoort.Nederlands => "Nederlands",
        VakSoort.Engels => "Engels",
        VakSoort.Maatschappijleer => "Maatschappijleer",
        VakSoort.Wiskunde => "Wiskunde",
        VakSoort.Avo => "Algemeen vak",
        VakSoort.Profielvak => "Profielvak",
        VakSoort.Keuzevak => "Keuzevak",
        VakSoort.Rekenen => "Rekenen",
    };

    public static string Label(this VakDeel deel) => deel switch
    {
        VakDeel.Gemeenschappelijk => "Gemeenschappelijk deel",
        VakDeel.Profieldeel => "Profieldeel",
        VakDeel.Vrij => "Vrije deel",
        VakDeel.Extra => "Extra vak",
    };

    public static string Label(this NogNodigCijfer cijfer) => cijfer switch
    {
        NogNodigCijfer.Se => "SE",
        NogNodigCijfer.Ce => "CE",
        NogNodigCijfer.SeEnCe => "SE en CE",
    };
}
