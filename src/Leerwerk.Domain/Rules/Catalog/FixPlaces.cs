namespace Leerwerk.Domain.Rules.Catalog;

/// <summary>
/// Per MOET and ADVIES rule of the catalogue, where a finding of it is fixed. MAG rules are never a finding to fix
/// and have none. A test checks that every MOET and ADVIES rule has one.
/// </summary>
internal static class FixPlaces
{
    public static readonly IReadOnlyDictionary<string, FixPlace> ById = new Dictionary<string, FixPlace>(StringComparer.Ordinal)
    {
        ["A1"] = FixPlace.LeerlingGegevens,
        ["A3"] = FixPlace.Samenwerkingsovereenkomst,
        ["A4"] = FixPlace.Samenwerkingsovereenkomst,
        ["A7"] = FixPlace.Programma,
        ["A8"] = FixPlace.Samenwerkingsovereenkomst,
        ["B2"] = FixPlace.Rooster,
        ["B3"] = FixPlace.Route,
        ["B4"] = FixPlace.LeerlingGegevens,
        ["B6"] = FixPlace.Rooster,
        ["B7"] = FixPlace.Intake,
        ["B8"] = FixPlace.Intake,
        ["C1"] = FixPlace.Programma,
        ["C2"] = FixPlace.Programma,
        ["C6"] = FixPlace.Programma,
        ["C8"] = FixPlace.Programma,
        ["C11"] = FixPlace.Rooster,
        ["D1"] = FixPlace.Examen,
        ["D2"] = FixPlace.Examen,
        ["D4"] = FixPlace.Examen,
        ["D5"] = FixPlace.Examen,
        ["D6"] = FixPlace.Examen,
        ["D7"] = FixPlace.Examen,
        ["D8"] = FixPlace.Examen,
        ["D9"] = FixPlace.Examen,
        ["E1"] = FixPlace.StageUren,
        ["E2"] = FixPlace.StageUren,
        ["E3"] = FixPlace.StageUren,
        ["E4"] = FixPlace.StageUren,
        ["E5"] = FixPlace.OvereenkomstStatus,
        ["E6"] = FixPlace.Ondertekening,
        ["E7"] = FixPlace.OvereenkomstInhoud,
        ["E8"] = FixPlace.OvereenkomstInhoud,
        ["E9"] = FixPlace.OvereenkomstInhoud,
        ["E10"] = FixPlace.OvereenkomstInhoud,
        ["E11"] = FixPlace.OvereenkomstStatus,
        ["E12"] = FixPlace.StageUren,
        ["F1"] = FixPlace.Erkenningen,
        ["F2"] = FixPlace.Erkenningen,
        ["F3"] = FixPlace.Kwaliteitseisen,
        ["F4"] = FixPlace.Erkenningen,
        ["G1"] = FixPlace.Samenwerkingsovereenkomst,
        ["G2"] = FixPlace.Samenwerkingsovereenkomst,
        ["G3"] = FixPlace.Samenwerkingsovereenkomst,
        ["G4"] = FixPlace.Samenwerkingsovereenkomst,
        ["G5"] = FixPlace.Samenwerkingsovereenkomst,
        ["H1"] = FixPlace.Doorstroom,
    };
}
