using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.Leerbedrijven.Rules;

/// <summary>
/// A rule about one erkenning (F1, F2), judged twice: per company on the Leerbedrijven page, and in a student's
/// dossier for the erkenningen of the companies the student's stage relies on (<see cref="ErkenningFindings.Current"/>).
/// </summary>
public abstract class ErkenningRegel : IRule<Leerbedrijf>, IRule<Dossier>
{
    public abstract string Id { get; }

    public IEnumerable<Finding> Evaluate(Leerbedrijf subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return subject.Erkenningen.Select(e => Evaluate(subject, e, referenceDate, subject.Name)).OfType<Finding>();
    }

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        return ErkenningFindings.Current(subject, referenceDate)
            .Select(c => Evaluate(c.Bedrijf, c.Erkenning, referenceDate, subject.Subject))
            .OfType<Finding>();
    }

    /// <summary>The finding about <paramref name="erkenning"/> of <paramref name="bedrijf"/> on <paramref name="peildatum"/>, or null.</summary>
    protected abstract Finding? Evaluate(Leerbedrijf bedrijf, Erkenning erkenning, DateOnly peildatum, string subject);
}
