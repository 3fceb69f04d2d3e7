namespace Leerwerk.Domain.Leerlingen.Intakes;

/// <summary>
/// Which intake steps a school uses (rule B7 is advice: a school may skip a step). Stored as "switched off"
/// so that a new school, and every school before this setting existed, uses all steps.
/// </summary>
public sealed class IntakeInstellingen
{
    public bool SignaleringOff { get; set; }

    public bool AanmeldingOff { get; set; }

    public bool VoorlichtingOff { get; set; }

    public bool IntakegesprekOff { get; set; }

    public bool MentorgesprekOff { get; set; }

    public bool Uses(IntakeStap stap) => !IsOff(stap);

    public void Set(IntakeStap stap, bool used)
    {
        switch (stap)
        {
            case IntakeStap.Signalering: SignaleringOff = !used; break;
            case IntakeStap.Aanmelding: AanmeldingOff = !used; break;
            case IntakeStap.Voorlichting: VoorlichtingOff = !used; break;
            case IntakeStap.Intakegesprek: IntakegesprekOff = !used; break;
            case IntakeStap.Mentorgesprek: MentorgesprekOff = !used; break;
            default: throw new ArgumentOutOfRangeException(nameof(stap), stap, null);
        }
    }

    /// <summary>The steps in use, in their usual order.</summary>
    public IEnumerable<IntakeStap> UsedSteps() => Enum.GetValues<IntakeStap>().Where(Uses);

    private bool IsOff(IntakeStap stap) => stap switch
    {
        IntakeStap.Signalering => SignaleringOff,
        IntakeStap.Aanmelding => AanmeldingOff,
        IntakeStap.Voorlichting => VoorlichtingOff,
        IntakeStap.Intakegesprek => IntakegesprekOff,
        IntakeStap.Mentorgesprek => MentorgesprekOff,
        _ => throw new ArgumentOutOfRangeException(nameof(stap), stap, null),
    };
}
