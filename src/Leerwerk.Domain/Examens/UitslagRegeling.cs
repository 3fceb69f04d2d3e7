namespace Leerwerk.Domain.Examens;

/// <summary>
/// Which pass rule decides a candidate's result: the regular BB rule (UB WVO 2020 art. 3.35 lid 1
/// and 3) or the LWT rule (art. 3.35 lid 6). As input it is the route the candidate follows.
/// </summary>
public enum UitslagRegeling
{
    /// <summary>Regular basisberoepsgerichte leerweg: UB 3.35 lid 1 and 3.</summary>
    Bb,

    /// <summary>Leer-werktraject: UB 3.35 lid 6 (unless the subjects form a complete BB exam, rule D8).</summary>
    Lwt,
}
