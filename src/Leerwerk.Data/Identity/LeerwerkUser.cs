using Microsoft.AspNetCore.Identity;

namespace Leerwerk.Data.Identity;

/// <summary>A person who logs in: coordinator, mentor, exam secretary, mbo partner or administrator.</summary>
public sealed class LeerwerkUser : IdentityUser
{
    public string DisplayName { get; set; } = string.Empty;

    /// <summary>For the mbo-partner role: the partner institution whose shared students the user may see.</summary>
    public int? MboInstellingId { get; set; }

    /// <summary>For a board user: the bestuur whose schools the user sees, besides <see cref="Schools"/>.</summary>
    public int? BestuurId { get; set; }

    public List<UserSchool> Schools { get; set; } = [];
}
