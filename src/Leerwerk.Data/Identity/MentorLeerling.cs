using Leerwerk.Domain;

namespace Leerwerk.Data.Identity;

/// <summary>
/// A mentor account linked to a student it mentors. A mentor sees the students (and their findings) it is
/// linked to; the student's <c>MentorName</c> stays the name printed in documents, this link decides access.
/// </summary>
public sealed class MentorLeerling : ISchoolOwned
{
    public required string UserId { get; set; }

    public int LeerlingId { get; set; }

    /// <summary>The student's school: the link is school-owned so it is scoped, guarded and audited like the student.</summary>
    public int SchoolId { get; set; }
}
