namespace Leerwerk.Data.Identity;

/// <summary>Membership of a user in a school; a board member may belong to several.</summary>
public sealed class UserSchool
{
    public required string UserId { get; set; }

    public int SchoolId { get; set; }
}
