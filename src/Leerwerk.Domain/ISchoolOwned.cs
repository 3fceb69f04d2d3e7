namespace Leerwerk.Domain;

/// <summary>
/// A record that belongs to one school. Every query on such a record is scoped to the schools of
/// the current user (one global filter in the DbContext), and every change to it is audited.
/// </summary>
public interface ISchoolOwned
{
    int SchoolId { get; set; }
}
