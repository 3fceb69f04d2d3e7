using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Leerlingen.Intakes;

namespace Leerwerk.Web.Pages.Leerlingen.Intake;

/// <summary>What the intake summary shows (the dossier page and the intake page share it).</summary>
public sealed record IntakeStand(Leerling Leerling, Domain.Leerlingen.Intakes.Intake? Intake, IntakeInstellingen Instellingen);
