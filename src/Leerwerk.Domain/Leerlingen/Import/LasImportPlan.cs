namespace Leerwerk.Domain.Leerlingen.Import;

/// <summary>
/// What an import will do, shown before it is done: per row of the file a new student, or the changes per
/// field of the student with that leerlingnummer. An empty optional cell (tussenvoegsel, klas, mentor,
/// profiel, parent) keeps what is stored, so an export with fewer columns loses nothing.
/// </summary>
public sealed class LasImportPlan
{
    private LasImportPlan(IReadOnlyList<LasPlanRegel> regels) => Regels = regels;

    public IReadOnlyList<LasPlanRegel> Regels { get; }

    public int Nieuw => Regels.Count(r => r.IsNieuw);

    public int Gewijzigd => Regels.Count(r => !r.IsNieuw && r.Wijzigingen.Count > 0);

    public int Ongewijzigd => Regels.Count(r => !r.IsNieuw && r.Wijzigingen.Count == 0);

    /// <param name="leerlingen">The valid rows of the file.</param>
    /// <param name="bestaand">The school's students, with their Vertegenwoordigers.</param>
    public static LasImportPlan Maak(IEnumerable<LasLeerling> leerlingen, IEnumerable<Leerling> bestaand)
    {
        ArgumentNullException.ThrowIfNull(leerlingen);
        ArgumentNullException.ThrowIfNull(bestaand);
        var perNummer = bestaand.ToDictionary(l => l.Leerlingnummer, StringComparer.OrdinalIgnoreCase);
        var regels = leerlingen
            .Select(rij => perNummer.TryGetValue(rij.Leerlingnummer, out var leerling)
                ? new LasPlanRegel(rij, leerling, Wijzigingen(rij, leerling))
                : new LasPlanRegel(rij, null, []))
            .ToList();
        return new LasImportPlan(regels);
    }

    /// <summary>
    /// Carries the plan out on the tracked students and returns the new ones (the caller adds them), so
    /// saving once stores all or nothing.
    /// </summary>
    public IReadOnlyList<Leerling> VoerUit(int schoolId)
    {
        var nieuw = new List<Leerling>();
        foreach (var regel in Regels)
        {
            var leerling = regel.Bestaand ?? new Leerling
            {
                SchoolId = schoolId,
                Leerlingnummer = regel.Rij.Leerlingnummer,
                FirstName = regel.Rij.Roepnaam,
                LastName = regel.Rij.Achternaam,
            };
            Pas(regel.Rij, leerling);
            if (regel.IsNieuw)
            {
                nieuw.Add(leerling);
            }
        }

        return nieuw;
    }

    private static void Pas(LasLeerling rij, Leerling leerling)
    {
        leerling.FirstName = rij.Roepnaam;
        leerling.Tussenvoegsel = rij.Tussenvoegsel ?? leerling.Tussenvoegsel;
        leerling.LastName = rij.Achternaam;
        leerling.BirthDate = rij.Geboortedatum;
        leerling.Leerweg = rij.Leerweg;
        leerling.Leerjaar = rij.Leerjaar;
        leerling.ProfielCode = rij.ProfielCode ?? leerling.ProfielCode;
        leerling.ClassName = rij.Klas ?? leerling.ClassName;
        leerling.MentorName = rij.Mentor ?? leerling.MentorName;
        if (rij.OuderNaam is null)
        {
            return;
        }

        var ouder = EersteOuder(leerling);
        if (ouder is null)
        {
            ouder = new WettelijkVertegenwoordiger { SchoolId = leerling.SchoolId, Name = rij.OuderNaam };
            leerling.Vertegenwoordigers.Add(ouder);
        }

        ouder.Name = rij.OuderNaam;
        ouder.Email = rij.OuderEmail ?? ouder.Email;
        ouder.Phone = rij.OuderTelefoon ?? ouder.Phone;
    }

    private static List<VeldWijziging> Wijzigingen(LasLeerling rij, Leerling leerling)
    {
        var ouder = EersteOuder(leerling);
        var wijzigingen = new List<VeldWijziging>();
        void Vergelijk(string veld, string? oud, string? nieuw)
        {
            if (nieuw is not null && !string.Equals(oud, nieuw, StringComparison.Ordinal))
            {
                wijzigingen.Add(new VeldWijziging(veld, oud, nieuw));
            }
        }

        Vergelijk("Roepnaam", leerling.FirstName, rij.Roepnaam);
        Vergelijk("Tussenvoegsel", leerling.Tussenvoegsel, rij.Tussenvoegsel);
        Vergelijk("Achternaam", leerling.LastName, rij.Achternaam);
        Vergelijk("Geboortedatum", Nl.Date(leerling.BirthDate), Nl.Date(rij.Geboortedatum));
        Vergelijk("Leerweg", Afkorting(leerling.Leerweg), Afkorting(rij.Leerweg));
        Vergelijk("Leerjaar", leerling.Leerjaar.ToString(Nl.Culture), rij.Leerjaar.ToString(Nl.Culture));
        Vergelijk("Profiel", leerling.ProfielCode, rij.ProfielCode);
        Vergelijk("Klas", leerling.ClassName, rij.Klas);
        Vergelijk("Mentor", leerling.MentorName, rij.Mentor);
        if (rij.OuderNaam is not null)
        {
            Vergelijk("Naam ouder", ouder?.Name, rij.OuderNaam);
            Vergelijk("E-mail ouder", ouder?.Email, rij.OuderEmail);
            Vergelijk("Telefoon ouder", ouder?.Phone, rij.OuderTelefoon);
        }

        return wijzigingen;
    }

    /// <summary>"BB", "KB", "GL", "TL": how LAS exports and staff write a leerweg.</summary>
    public static string Afkorting(Leerweg leerweg) => leerweg.ToString().ToUpperInvariant();

    private static WettelijkVertegenwoordiger? EersteOuder(Leerling leerling) =>
        leerling.Vertegenwoordigers.OrderBy(v => v.Id).FirstOrDefault();
}

/// <summary>One row of the plan: a new student (<see cref="Bestaand"/> is null) or the changes to a stored one.</summary>
public sealed record LasPlanRegel(LasLeerling Rij, Leerling? Bestaand, IReadOnlyList<VeldWijziging> Wijzigingen)
{
    public bool IsNieuw => Bestaand is null;
}

/// <summary>A field that an import changes, with the stored and the new value as users read them.</summary>
public sealed record VeldWijziging(string Veld, string? Oud, string? Nieuw);
