namespace Leerwerk.Data.Tenancy;

/// <summary>A scope that does not depend on a request: the CLI, start-up seeding and tests.</summary>
public sealed class FixedSchoolScope(bool allSchools, IReadOnlyList<int> schoolIds, string userName) : ISchoolScope
{
    public static readonly FixedSchoolScope System = new(allSchools: true, [], "systeem");

    public bool AllSchools { get; } = allSchools;

    public IReadOnlyList<int> SchoolIds { get; } = schoolIds;

    public string UserName { get; } = userName;

    public static FixedSchoolScope ForSchools(string userName, params int[] schoolIds) => new(false, schoolIds, userName);
}
