namespace Leerwerk.Domain.Doorstroom;

/// <summary>
/// Where a student went after the LWT diploma: the mbo enrolment and the date a startkwalificatie
/// (mbo niveau 2) was reached. An LWT diploma admits to niveau 2, not to the entreeopleiding (rule H1).
/// </summary>
public sealed class DoorstroomRecord : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public int LeerlingId { get; set; }

    public DateOnly? DiplomaOn { get; set; }

    public required string MboInstellingName { get; set; }

    public required string Opleiding { get; set; }

    public string? Crebo { get; set; }

    /// <summary>The mbo level, 1 (entree) to 4.</summary>
    public int Niveau { get; set; }

    public MboLeerweg MboLeerweg { get; set; }

    public bool IsVerwant { get; set; }

    public DateOnly? StartDate { get; set; }

    public DateOnly? StartkwalificatieOn { get; set; }

    /// <summary>Parts of the mbo course the instelling exempted because the student did them in the vmbo (rule H5, MAG).</summary>
    public string? Vrijstellingen { get; set; }
}
