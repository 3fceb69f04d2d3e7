using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;
using Leerwerk.Domain.StageUren;

namespace Leerwerk.Domain.Leerlingen.Rules;

/// <summary>
/// B3 (ADVIES): decide on the LWT at the latest at the start of leerjaar 4, and let the student do stage in
/// leerjaar 3. A school year starts on 1 August (the legal start, WVO 2020 art. 1.1 "schooljaar"); the start
/// of leerjaar 4 is derived from the student's current leerjaar. The decision's date is the start date of the
/// first decision for the current LWT.
/// </summary>
public sealed class LwtBesluitOpTijd : IRule<Dossier>
{
    public string Id => "B3";

    /// <summary>The first day of the school year that contains <paramref name="date"/>: 1 August.</summary>
    public static DateOnly SchoolYearStart(DateOnly date) => new(date.Month >= 8 ? date.Year : date.Year - 1, 8, 1);

    /// <summary>The first day of leerjaar <paramref name="leerjaar"/> for a student who is in <paramref name="currentLeerjaar"/> on <paramref name="date"/>.</summary>
    public static DateOnly StartOfLeerjaar(int leerjaar, int currentLeerjaar, DateOnly date) =>
        SchoolYearStart(date).AddYears(leerjaar - currentLeerjaar);

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var student = subject.Leerling;
        if (student.RouteOn(referenceDate) != Leerroute.LeerWerktraject || student.Leerjaar < 3)
        {
            yield break;
        }

        var rule = RuleCatalog.Get(Id, referenceDate);
        var leerjaar4 = StartOfLeerjaar(4, student.Leerjaar, referenceDate);
        var besluit = CurrentLwtStart(student, referenceDate);
        if (besluit > leerjaar4)
        {
            yield return rule.Finding(
                $"Het leer-werktraject van {student.FullName} begint op {Nl.Date(besluit)}, na het begin van leerjaar 4 ({Nl.Date(leerjaar4)}); besluit uiterlijk bij het begin van leerjaar 4.",
                subject.Subject);
            yield break;
        }

        if (student.Leerjaar >= 4)
        {
            var leerjaar3 = StartOfLeerjaar(3, student.Leerjaar, referenceDate);
            var stageInLeerjaar3 = subject.Uren.Any(u => u.Status != UrenStatus.Afgekeurd && u.Hours > 0 && u.Date >= leerjaar3 && u.Date < leerjaar4)
                || subject.Plaatsingen.Any(p => p.StartDate < leerjaar4 && p.EndDate >= leerjaar3);
            if (!stageInLeerjaar3)
            {
                yield return rule.Finding(
                    $"{student.FullName} heeft in leerjaar 3 ({Nl.Date(leerjaar3)} tot {Nl.Date(leerjaar4)}) geen stage gelopen; laat een LWT-leerling al in leerjaar 3 stage lopen om de vereiste uren te halen.",
                    subject.Subject);
            }
        }
    }

    // The LWT in force began with the earliest LWT decision after the last decision for another route.
    private static DateOnly CurrentLwtStart(Leerling student, DateOnly referenceDate)
    {
        var ordered = student.Routes.Where(r => r.StartDate <= referenceDate).OrderBy(r => r.StartDate).ToList();
        var start = ordered.Last().StartDate;
        for (var i = ordered.Count - 1; i >= 0 && ordered[i].Route == Leerroute.LeerWerktraject; i--)
        {
            start = ordered[i].StartDate;
        }

        return start;
    }
}
