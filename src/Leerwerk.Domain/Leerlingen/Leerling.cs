using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen.Intakes;

namespace Leerwerk.Domain.Leerlingen;

/// <summary>
/// A vmbo student (leerling) as the school's LAS knows them, with the LWT-specific history kept here:
/// route decisions, legal representatives, subjects and grades.
/// </summary>
public sealed class Leerling : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    /// <summary>The number in the school's LAS (Magister, Somtoday); unique within a school.</summary>
    public required string Leerlingnummer { get; set; }

    public required string FirstName { get; set; }

    public string? Tussenvoegsel { get; set; }

    public required string LastName { get; set; }

    public DateOnly BirthDate { get; set; }

    /// <summary>The home address (woonadres), shown in the leer-werkovereenkomst and the dossier.</summary>
    public string? Street { get; set; }

    public string? HouseNumber { get; set; }

    public string? PostalCode { get; set; }

    public string? City { get; set; }

    public Leerweg Leerweg { get; set; }

    /// <summary>The code of the profiel (see <see cref="Profielen.Profielen"/>); null before leerjaar 3.</summary>
    public string? ProfielCode { get; set; }

    public int Leerjaar { get; set; }

    public string? ClassName { get; set; }

    public string? MentorName { get; set; }

    /// <summary>The student's own e-mail address: where the signing link of the leer-werkovereenkomst goes.</summary>
    public string? Email { get; set; }

    /// <summary>
    /// The school deems an LWT most suitable for this student (marked in leerjaar 1 or 2, before a route
    /// decision); rule B4 then asks for 1425 hours of education on kerndoelen over leerjaar 1 and 2.
    /// </summary>
    public bool LwtBeoogd { get; set; }

    /// <summary>Hours of education based on kerndoelen the school provided in leerjaar 1 (rule B4).</summary>
    public decimal? KerndoelUrenLeerjaar1 { get; set; }

    /// <summary>Hours of education based on kerndoelen the school provided in leerjaar 2 (rule B4).</summary>
    public decimal? KerndoelUrenLeerjaar2 { get; set; }

    public Beoordeling? Lo { get; set; }

    public Beoordeling? Kunstvakken { get; set; }

    /// <summary>A maatschappelijke stage is part of the student's programme (rule C4, MAG).</summary>
    public bool MaatschappelijkeStage { get; set; }

    /// <summary>The school decided the student follows maatschappijleer (rule C9, MAG: the school decides).</summary>
    public bool FollowsMaatschappijleer { get; set; }

    /// <summary>The school decided the student follows kunst (KV1) (rule C9).</summary>
    public bool FollowsKunst { get; set; }

    /// <summary>The school decided the student follows lichamelijke opvoeding (rule C9).</summary>
    public bool FollowsLo { get; set; }

    public List<WettelijkVertegenwoordiger> Vertegenwoordigers { get; set; } = [];

    public List<RouteBesluit> Routes { get; set; } = [];

    public List<Vak> Vakken { get; set; } = [];

    /// <summary>The intake for the leer-werktraject (rules B7, B8); null while none was recorded.</summary>
    public Intake? Intake { get; set; }

    /// <summary>
    /// The day the student left the school (uitstroom); null while the student is at school. From that day on the
    /// student is no current student: the dossier rules no longer judge them, and the retention period starts.
    /// </summary>
    public DateOnly? UitgestroomdOp { get; set; }

    /// <summary>Why the student left; set together with <see cref="UitgestroomdOp"/>.</summary>
    public UitstroomReden? UitstroomReden { get; set; }

    /// <summary>The day the student's personal data was erased (AVG); the record stays, anonymous, for the counts.</summary>
    public DateOnly? GewistOp { get; set; }

    /// <summary>"Sanne de Vries": first name, tussenvoegsel, last name.</summary>
    public string FullName => string.IsNullOrWhiteSpace(Tussenvoegsel)
        ? $"{FirstName} {LastName}"
        : $"{FirstName} {Tussenvoegsel} {LastName}";

    /// <summary>The home address as one value, for checking and for the documents.</summary>
    public Scholen.Gegevens.Adres Woonadres() => new(Street, HouseNumber, PostalCode, City);

    /// <summary>The route in force on a date: the latest decision that started on or before it.</summary>
    public Leerroute? RouteOn(DateOnly date) =>
        Routes.Where(r => r.StartDate <= date).OrderByDescending(r => r.StartDate).FirstOrDefault()?.Route;

    /// <summary>Age in whole years on a date; a birthday counts from its first day.</summary>
    public int AgeOn(DateOnly date)
    {
        var age = date.Year - BirthDate.Year;
        return BirthDate.AddYears(age) > date ? age - 1 : age;
    }

    public bool IsMinorOn(DateOnly date) => AgeOn(date) < 18;

    /// <summary>Whether the student had left the school on a date (the day of leaving included).</summary>
    public bool IsUitgestroomdOp(DateOnly date) => UitgestroomdOp is { } op && op <= date;
}
