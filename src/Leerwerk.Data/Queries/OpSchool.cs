using Leerwerk.Domain.Leerlingen;

namespace Leerwerk.Data.Queries;

/// <summary>
/// Which students are still at school on a date, in the database: the query form of
/// <see cref="Leerling.IsUitgestroomdOp(DateOnly)"/>, so every list says the same about the day of leaving (from that
/// day on the student is gone). One place for the condition, because it is in every list of current students.
/// </summary>
public static class OpSchool
{
    /// <summary>The students who had not left the school on the date (a date of leaving still ahead included).</summary>
    public static IQueryable<Leerling> OpSchoolOp(this IQueryable<Leerling> leerlingen, DateOnly date) =>
        leerlingen.Where(l => l.UitgestroomdOp == null || l.UitgestroomdOp > date);

    /// <summary>The students who had left the school on the date (the day of leaving included).</summary>
    public static IQueryable<Leerling> UitgestroomdVoor(this IQueryable<Leerling> leerlingen, DateOnly date) =>
        leerlingen.Where(l => l.UitgestroomdOp != null && l.UitgestroomdOp <= date);
}
