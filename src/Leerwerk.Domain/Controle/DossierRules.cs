using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Examens.Rules;
using Leerwerk.Domain.Leerbedrijven.Rules;
using Leerwerk.Domain.Leerlingen.Intakes.Rules;
using Leerwerk.Domain.Leerlingen.Rules;
using Leerwerk.Domain.Overeenkomsten.Rules;
using Leerwerk.Domain.Rules;
using Leerwerk.Domain.StageUren.Rules;

namespace Leerwerk.Domain.Controle;

/// <summary>
/// The one evaluation of a student dossier, used by the web app and by <c>leerwerk controleer</c>.
/// Each area adds its rules to <see cref="All"/>; the list is the order staff read them in.
/// </summary>
public static class DossierRules
{
    public static readonly IReadOnlyList<IRule<Dossier>> All =
    [
        new LwtOnlyInBb(),
        new SamenwerkingsovereenkomstInForce(),
        new StageOnlyInBovenbouw(),
        new NederlandsInProgramma(),
        new BeroepsgerichtProgramma(),
        new ProfielmodulenVanAnderProfiel(),
        new RekenenOfWiskunde(),
        new UitslagVoorwaarden(),
        new MinimumStageUren(),
        new MaximumStageUren(),
        new LwtErkenningVoorProfiel(),
        new LeerwerkovereenkomstSignedBeforeStart(),
        new LeerwerkovereenkomstInhoud(),
        new OnderbouwKerndoelUren(),
        new LwtBesluitOpTijd(),
        new ExtraVakken(),
        new MaatschappelijkeStageInProgramma(),
        new KeuzevakBuitenProfiel(),
        new KeuzevakBuitenSchool(),
        new SchoolvakkenNaarKeuze(),
        new ZonderWiskunde(),
        new VervangendeVoorziening(),
        new SamenwerkingEindigt(),
        new HerbeoordelingTeLaat(),
        new ErkenningVervallen(),
        new KwaliteitseisenVoldaan(),
        new LesOpSchoolElkeWeek(),
        new StageUrenPerSchooljaar(),
        new NietGetelddeUren(),
        new RuimteVoorMinimumBijStart(),
        new IntakeStappen(),
        new ToelatingscommissieBesluit(),
    ];

    /// <summary>
    /// Every finding for the dossier on a date, in the one order of <see cref="FindingOrder"/>. A student who had left
    /// the school on that date (<see cref="Leerlingen.Leerling.IsUitgestroomdOp"/>) is no current student: the rules
    /// would judge a graduate as a leerjaar-4 student without hours, so there is nothing to find.
    /// </summary>
    public static IReadOnlyList<Finding> Evaluate(Dossier dossier, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return dossier.Leerling.IsUitgestroomdOp(referenceDate)
            ? []
            : FindingOrder.Sort(All.SelectMany(rule => rule.Evaluate(dossier, referenceDate)));
    }
}
