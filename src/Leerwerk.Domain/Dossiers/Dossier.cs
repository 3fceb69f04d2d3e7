using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Leerlingen.Intakes;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren;

namespace Leerwerk.Domain.Dossiers;

/// <summary>
/// Everything the law looks at for one student: the student with route history, programme and
/// grades; the school's samenwerkingsovereenkomsten; the placements with their leer-werkovereenkomst,
/// leerbedrijf (with erkenningen) and signatures; and the stage hours. The web app builds it from the
/// database, <c>leerwerk controleer</c> from JSON: both are judged by the dossier check, <c>Leerwerk.Domain.Controle.DossierRules</c>
/// (which depends on this type, never the other way round).
/// </summary>
public sealed class Dossier
{
    public required Leerling Leerling { get; init; }

    public IReadOnlyList<Samenwerkingsovereenkomst> Samenwerkingsovereenkomsten { get; init; } = [];

    /// <summary>The student's leer-werkovereenkomsten, each with its Leerbedrijf (and Erkenningen) loaded.</summary>
    public IReadOnlyList<Leerwerkovereenkomst> Plaatsingen { get; init; } = [];

    public IReadOnlyList<StageUrenRegel> Uren { get; init; } = [];

    /// <summary>The school's calendars (holidays, exam period, lesson days per class); C11, B2, E3 and the forecast read them.</summary>
    public Schooldagen Kalender { get; init; } = Schooldagen.Geen;

    /// <summary>The school's policy on hours per school year (E3).</summary>
    public StageurenBeleid Beleid { get; init; } = StageurenBeleid.Standaard;
    /// <summary>The intake steps the student's school uses (rule B7); all of them unless the school switched some off.</summary>
    public IntakeInstellingen IntakeInstellingen { get; init; } = new();

    /// <summary>How findings name the student: "Leerling 24001 (Sanne de Vries)".</summary>
    public string Subject => $"Leerling {Leerling.Leerlingnummer} ({Leerling.FullName})";
}
