namespace Leerwerk.Domain.Leerlingen;

/// <summary>
/// A decision that a student follows a route from a date on (route history). The school decides
/// with the student and the parents (rule B1), so who decided and whether they were consulted is kept.
/// </summary>
public sealed class RouteBesluit : ISchoolOwned
{
    public int Id { get; set; }

    public int SchoolId { get; set; }

    public int LeerlingId { get; set; }

    public Leerroute Route { get; set; }

    public DateOnly StartDate { get; set; }

    public required string DecidedBy { get; set; }

    public bool ConsultedStudentAndParents { get; set; }

    public string? Note { get; set; }
}
