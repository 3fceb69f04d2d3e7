using Leerwerk.Domain;

namespace Leerwerk.Data.Herinneringen;

/// <summary>
/// A school's choice of reminders: each kind on or off, and after how many days a missing signature is reminded.
/// A school without a row gets <see cref="Standaard"/>: every kind on.
/// </summary>
public sealed class HerinneringInstellingen : ISchoolOwned
{
    public const int StandaardDagen = 7;

    public const int MaxDagen = 365;

    public int Id { get; set; }

    public int SchoolId { get; set; }

    public bool HandtekeningAan { get; set; } = true;

    /// <summary>After how many days ter ondertekening a missing signature is reminded.</summary>
    public int HandtekeningDagen { get; set; } = StandaardDagen;

    public bool UrenOverzichtAan { get; set; } = true;

    public bool HerbeoordelingAan { get; set; } = true;

    public bool ErkenningAan { get; set; } = true;

    public bool SamenwerkingAan { get; set; } = true;

    public bool PrognoseAan { get; set; } = true;

    /// <summary>The settings of a school that chose nothing yet.</summary>
    public static HerinneringInstellingen Standaard(int schoolId) => new() { SchoolId = schoolId };

    public bool IsAan(HerinneringSoort soort) => soort switch
    {
        HerinneringSoort.HandtekeningOntbreekt => HandtekeningAan,
        HerinneringSoort.UrenOverzicht => UrenOverzichtAan,
        HerinneringSoort.Herbeoordeling => HerbeoordelingAan,
        HerinneringSoort.ErkenningVervalt => ErkenningAan,
        HerinneringSoort.SamenwerkingEindigt => SamenwerkingAan,
        HerinneringSoort.Prognose => PrognoseAan,
        _ => false,
    };
}
