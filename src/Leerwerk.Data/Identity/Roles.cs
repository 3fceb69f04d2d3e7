namespace Leerwerk.Data.Identity;

/// <summary>The roles of Leerwerk, as users see them.</summary>
public static class Roles
{
    public const string Beheerder = "beheerder";
    public const string Coordinator = "coördinator";
    public const string Mentor = "mentor";
    public const string Examensecretaris = "examensecretaris";
    public const string MboPartner = "mbo-partner";

    public static readonly IReadOnlyList<string> All = [Beheerder, Coordinator, Mentor, Examensecretaris, MboPartner];

    /// <summary>Roles that may change school records (students, companies, agreements).</summary>
    public const string Editors = Beheerder + "," + Coordinator;
}
