namespace Leerwerk.Domain.Examens;

/// <summary>
/// One exam subject of a student with its grades: SE and CE with one decimal; an SE of a subject
/// without CE may hold the unrounded PTA average (the school's rounding setting makes it whole).
/// </summary>
public sealed class Vak : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public int LeerlingId { get; set; }

    public required string Name { get; set; }

    public VakSoort Soort { get; set; }

    public VakDeel? Deel { get; set; }

    /// <summary>For a keuzevak that is a profielmodule: the profiel it belongs to (rule C5, C6).</summary>
    public string? ModuleProfielCode { get; set; }

    /// <summary>
    /// For an extra subject (<see cref="VakDeel.Extra"/>, rule C3): followed only partly, so without PTA,
    /// schoolexamen or centraal examen. False: wholly, with all three.
    /// </summary>
    public bool IsPartial { get; set; }

    /// <summary>For a keuzevak: taught wholly or partly outside school, e.g. at the leerbedrijf (rule C7).</summary>
    public bool OutsideSchool { get; set; }

    /// <summary>The teacher who assesses the keuzevak according to the PTA; stays the school's duty when taught outside (C7).</summary>
    public string? AssessingTeacher { get; set; }

    public decimal? Se { get; set; }

    public decimal? Ce { get; set; }

    /// <summary>The CE grade of the herkansing; the highest CE counts (UB 3.39 lid 1).</summary>
    public decimal? CeResit { get; set; }

    /// <summary>The day the SE-cijfer was last recorded in Leerwerk (entered or imported); null before.</summary>
    public DateOnly? SeRecordedOn { get; set; }

    /// <summary>Who last recorded the SE-cijfer (the user name).</summary>
    public string? SeRecordedBy { get; set; }

    public DateOnly? CeRecordedOn { get; set; }

    public string? CeRecordedBy { get; set; }

    public DateOnly? CeResitRecordedOn { get; set; }

    public string? CeResitRecordedBy { get; set; }

    /// <summary>
    /// The planned (or taken) day of the centraal examen; for the profielvak the day of its cspe, which lies in the
    /// window from 1 April of the exam year (UB WVO 2020 art. 3.17 lid 2, rule D2). See <c>Rules.ExamenPlanning</c>.
    /// </summary>
    public DateOnly? CeDatum { get; set; }

    /// <summary>The centraal examen is taken in leerjaar 3 (WVO 2020 art. 2.56 lid 4, UB art. 3.36, rule D3): it lapses if the student is not promoted.</summary>
    public bool CeInLeerjaar3 { get; set; }

    /// <summary>The candidate chose this subject's centraal examen for the herkansing (UB WVO 2020 art. 3.38; see <see cref="HerkansingKeuze"/>).</summary>
    public bool Herkansen { get; set; }

    /// <summary>True when the law gives this subject a centraal examen (so a CE and a herkansing).</summary>
    public bool HeeftCe => KandidaatVak.MetCe(Soort);

    public decimal? Cijfer(VakCijfer cijfer) => cijfer switch
    {
        VakCijfer.Se => Se,
        VakCijfer.Ce => Ce,
        _ => CeResit,
    };

    /// <summary>
    /// Records one grade with the day and who recorded it. Nothing changes when the grade is the same (so a re-import
    /// of the same file leaves the date and the audit trail alone); returns whether it changed.
    /// </summary>
    public bool Registreer(VakCijfer cijfer, decimal? waarde, DateOnly op, string door)
    {
        if (Cijfer(cijfer) == waarde)
        {
            return false;
        }

        switch (cijfer)
        {
            case VakCijfer.Se:
                (Se, SeRecordedOn, SeRecordedBy) = (waarde, op, door);
                break;
            case VakCijfer.Ce:
                (Ce, CeRecordedOn, CeRecordedBy) = (waarde, op, door);
                break;
            default:
                (CeResit, CeResitRecordedOn, CeResitRecordedBy) = (waarde, op, door);
                break;
        }

        return true;
    }
}
