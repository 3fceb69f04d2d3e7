namespace Leerwerk.Data.Herinneringen;

/// <summary>The kinds of reminder Leerwerk sends by itself; each can be switched off per school.</summary>
public enum HerinneringSoort
{
    /// <summary>A leer-werkovereenkomst is ter ondertekening for more than the school's number of days (to the coordinator).</summary>
    HandtekeningOntbreekt,

    /// <summary>The weekly list of stage hours waiting for approval, with the approval links (to each praktijkbegeleider).</summary>
    UrenOverzicht,

    /// <summary>Rule F1: the SBB reassessment of a leerbedrijf is due within three months, or overdue (to the coordinator).</summary>
    Herbeoordeling,

    /// <summary>Rule F2: an erkenning lapses or has lapsed (to the coordinator).</summary>
    ErkenningVervalt,

    /// <summary>Rule A3: a samenwerkingsovereenkomst is under notice or ends within six months (to the coordinator).</summary>
    SamenwerkingEindigt,

    /// <summary>Rules B2 and E1: a student will not reach the minimum stage hours in time (to the coordinator).</summary>
    Prognose,
}
