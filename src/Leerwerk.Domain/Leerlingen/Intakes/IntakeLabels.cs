namespace Leerwerk.Domain.Leerlingen.Intakes;

/// <summary>Dutch names of the intake steps, decisions and alternatives, shared by the rules and the pages.</summary>
public static class IntakeLabels
{
    public static string Of(IntakeStap stap) => stap switch
    {
        IntakeStap.Signalering => "signalering",
        IntakeStap.Aanmelding => "aanmelding met kandidaatstellingsbrief",
        IntakeStap.Voorlichting => "voorlichting aan leerling en ouders",
        IntakeStap.Intakegesprek => "intakegesprek",
        IntakeStap.Mentorgesprek => "gesprek met de mentor",
        _ => throw new ArgumentOutOfRangeException(nameof(stap), stap, null),
    };

    public static string Of(IntakeBesluit besluit) => besluit switch
    {
        IntakeBesluit.Toegelaten => "toegelaten",
        IntakeBesluit.Afgewezen => "afgewezen",
        _ => throw new ArgumentOutOfRangeException(nameof(besluit), besluit, null),
    };

    public static string Of(IntakeAlternatief alternatief) => alternatief switch
    {
        IntakeAlternatief.BbExtraOndersteuning => "bb leerjaar 3 met extra ondersteuning",
        IntakeAlternatief.Praktijkonderwijs => "verwijzing naar praktijkonderwijs",
        IntakeAlternatief.SpeciaalOnderwijs => "verwijzing naar speciaal onderwijs",
        _ => throw new ArgumentOutOfRangeException(nameof(alternatief), alternatief, null),
    };
}
