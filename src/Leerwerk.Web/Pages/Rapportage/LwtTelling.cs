using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Profielen;

namespace Leerwerk.Web.Pages.Rapportage;

/// <summary>
/// The counts of bijlage 05: LWT students per profiel × leerjaar (3, 4, totaal) today, beside the national 2019–2020
/// figures (<see cref="LandelijkeTelling"/>), and the trend per school year. One computation for the page, its chart
/// and its CSV/XLSX, so they show the same numbers.
/// </summary>
public static class LwtTelling
{
    /// <summary>How many school years back the trend goes at most.</summary>
    public const int TrendJaren = 8;

    /// <summary>
    /// Counts <paramref name="students"/> (with their route decisions, also those who left). Today: those at school with
    /// the LWT as their route, per profiel in leerjaar 3 and 4.
    /// </summary>
    public static IReadOnlyList<ProfielRij> PerProfiel(IReadOnlyCollection<Leerling> students, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(students);
        var lwt = students.Where(s => IsLwtOp(s, today)).ToList();
        return [.. Profielen.All.Select(p => new ProfielRij(
            p,
            lwt.Count(s => s.ProfielCode == p.Code && s.Leerjaar == 3),
            lwt.Count(s => s.ProfielCode == p.Code && s.Leerjaar == 4),
            LandelijkeTelling.Van(p.Code)))];
    }

    /// <summary>
    /// Per school year: the LWT students on its teldatum (1 October; this year today, if earlier). Only the total is
    /// derivable: Leerwerk keeps a student's route decisions with their dates and the day he left, but not the leerjaar
    /// he was in each year, so a year's split into leerjaar 3 and 4 cannot be recomputed. The trend starts at the
    /// first school year with an LWT route decision.
    /// </summary>
    public static IReadOnlyList<JaarRij> Trend(IReadOnlyCollection<Leerling> students, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(students);
        var huidig = Schoolkalender.SchooljaarVan(today);
        var starts = students.SelectMany(s => s.Routes).Where(r => r.Route == Leerroute.LeerWerktraject).Select(r => r.StartDate).ToList();
        if (starts.Count == 0)
        {
            return [];
        }

        var eerste = Math.Max(Schoolkalender.SchooljaarVan(starts.Min()), huidig - TrendJaren + 1);
        return [.. Enumerable.Range(eerste, huidig - eerste + 1).Select(jaar =>
        {
            var teldatum = new DateOnly(jaar, 10, 1);
            var peildatum = teldatum < today ? teldatum : today;
            return new JaarRij(jaar, peildatum, students.Count(s => IsLwtOp(s, peildatum)));
        })];
    }

    private static bool IsLwtOp(Leerling s, DateOnly date) => !s.IsUitgestroomdOp(date) && s.RouteOn(date) == Leerroute.LeerWerktraject;

    /// <summary>One profiel: the scope's LWT students in leerjaar 3 and 4, and the national count of 2019–2020.</summary>
    public sealed record ProfielRij(Profiel Profiel, int Leerjaar3, int Leerjaar4, ProfielTelling? Landelijk)
    {
        public int Totaal => Leerjaar3 + Leerjaar4;
    }

    /// <summary>One school year of the trend: the LWT students on its peildatum.</summary>
    public sealed record JaarRij(int Schooljaar, DateOnly Peildatum, int LwtLeerlingen);
}
