namespace Leerwerk.Web.Infrastructure;

/// <summary>Authorization policies by what a role may do.</summary>
public static class Policies
{
    /// <summary>School staff who may read student records: beheerder, coördinator, mentor, examensecretaris.</summary>
    public const string SchoolStaff = "schoolpersoneel";

    /// <summary>Who may change school records: beheerder, coördinator.</summary>
    public const string Editors = "bewerken";

    /// <summary>Who may enter and correct stage hours: beheerder, coördinator, mentor.</summary>
    public const string HoursEntry = "ureninvoer";

    /// <summary>Who may see and compute exam results: beheerder, coördinator, examensecretaris.</summary>
    public const string Exam = "examen";

    /// <summary>School-wide overviews and reports (Rapportage): beheerder, coördinator; not the mentor, who sees its own students.</summary>
    public const string Coordination = "coordinatie";

    /// <summary>The mbo partner: reads only the students shared with its own mbo instelling, never edits.</summary>
    public const string MboPartner = "mbopartner";

    /// <summary>Only the administrator.</summary>
    public const string Beheer = "beheer";
}
