using Leerwerk.Domain.Examens;

namespace Leerwerk.Domain.Leerlingen.Import;

/// <summary>
/// What a valid grade file changes, per row and grade, before anything is stored: the preview shows it and
/// <see cref="VoerUit"/> applies it to the same (tracked) students. An empty cell changes nothing; a subject the student
/// does not have yet is added with the kind and part of its vakcode. The same file twice changes nothing the second time.
/// </summary>
public sealed class CijferImportPlan
{
    private readonly IReadOnlyList<CijferRegel> _regels;
    private readonly IReadOnlyDictionary<string, Leerling> _leerlingen;

    private CijferImportPlan(IReadOnlyList<CijferRegel> regels, IReadOnlyDictionary<string, Leerling> leerlingen, IReadOnlyList<CijferWijziging> wijzigingen)
    {
        _regels = regels;
        _leerlingen = leerlingen;
        Wijzigingen = wijzigingen;
    }

    /// <summary>Every grade that changes, in file order.</summary>
    public IReadOnlyList<CijferWijziging> Wijzigingen { get; }

    /// <summary>The rows of the file.</summary>
    public int Regels => _regels.Count;

    /// <summary>The subjects that are added to a student.</summary>
    public int NieuweVakken => Wijzigingen.Where(w => w.NieuwVak).Select(w => (w.Leerling.Id, w.Vak)).Distinct().Count();

    /// <param name="regels">The rows of a valid <see cref="CijferLezing"/>.</param>
    /// <param name="leerlingen">The school's students with their subjects, keyed by leerlingnummer as the file writes it.</param>
    public static CijferImportPlan Maak(IReadOnlyList<CijferRegel> regels, IReadOnlyDictionary<string, Leerling> leerlingen)
    {
        ArgumentNullException.ThrowIfNull(regels);
        ArgumentNullException.ThrowIfNull(leerlingen);
        var wijzigingen = new List<CijferWijziging>();
        foreach (var regel in regels)
        {
            var leerling = leerlingen[regel.Leerlingnummer];
            var vak = Zoek(leerling, regel.Vak.Name);
            foreach (var cijfer in Enum.GetValues<VakCijfer>())
            {
                var oud = vak?.Cijfer(cijfer);
                if (regel.Cijfer(cijfer) is { } nieuw && oud != nieuw)
                {
                    wijzigingen.Add(new CijferWijziging(regel.Regel, leerling, regel.Vak.Name, vak is null, cijfer, oud, nieuw));
                }
            }
        }

        return new CijferImportPlan(regels, leerlingen, wijzigingen);
    }

    /// <summary>Applies the changes to the students; the caller stores them in one transaction.</summary>
    public void VoerUit(DateOnly op, string door)
    {
        foreach (var regel in _regels)
        {
            var leerling = _leerlingen[regel.Leerlingnummer];
            var vak = Zoek(leerling, regel.Vak.Name);
            if (vak is null)
            {
                if (Enum.GetValues<VakCijfer>().All(c => regel.Cijfer(c) is null))
                {
                    continue;
                }

                vak = new Vak { SchoolId = leerling.SchoolId, LeerlingId = leerling.Id, Name = regel.Vak.Name, Soort = regel.Vak.Soort, Deel = regel.Vak.Deel };
                leerling.Vakken.Add(vak);
            }

            foreach (var cijfer in Enum.GetValues<VakCijfer>())
            {
                if (regel.Cijfer(cijfer) is { } nieuw)
                {
                    vak.Registreer(cijfer, nieuw, op, door);
                }
            }
        }
    }

    private static Vak? Zoek(Leerling leerling, string naam) =>
        leerling.Vakken.FirstOrDefault(v => string.Equals(v.Name, naam, StringComparison.OrdinalIgnoreCase));
}

/// <summary>One grade a grade file changes: the row, the student, the subject (new to the student or not), old and new.</summary>
public sealed record CijferWijziging(int Regel, Leerling Leerling, string Vak, bool NieuwVak, VakCijfer Cijfer, decimal? Oud, decimal Nieuw);
