namespace Leerwerk.Data.Tenancy;

/// <summary>
/// Who is asking and for which schools. The DbContext filters every school-owned record by it and
/// audits changes in the name of <see cref="UserName"/>.
/// </summary>
public interface ISchoolScope
{
    /// <summary>True for the CLI and start-up work: no school filter.</summary>
    bool AllSchools { get; }

    /// <summary>The schools the current user belongs to; empty means "sees nothing".</summary>
    IReadOnlyList<int> SchoolIds { get; }

    /// <summary>The name recorded in the audit trail.</summary>
    string UserName { get; }
}
