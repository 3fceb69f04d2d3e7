using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Rules;
using Leerwerk.Domain.StageUren;

namespace Leerwerk.Domain.Leerlingen.Rules;

/// <summary>
/// B3 (ADVIES): decide on the LWT at the latest at the start of leerjaar 4, and let the student do stage in
/// leerjaar 3. A school year starts on 1 August (the legal start, WVO 2020 art. 1.1 "schooljaar"); the start
/// of leerjaar 4 is derived from the student's current leerjaar (<see cref="Schoolkalender.StartVanLeerjaar"/>). The decision's date is the start date of the
/// first decision for the current LWT.
/// </summary>
public sealed class LwtBesluitOpTijd : IRule<Dossier>
{
    public string Id => "B3";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var student = subject.Leerling;
        if (student.RouteOn(referenceDate) != Leerroute.LeerWerktraject || student.Leerjaar < 3)
        {
            yield break;
        }

        var rule = RuleCatalog.Get(Id, referenceDate);
        var leerjaar4 = Schoolkalender.StartVanLeerjaar(4, student.Leerjaar, referenceDate);
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
            var leerjaar3 = Schoolkalender.StartVanLeerjaar(3, student.Leerjaar, referenceDate);
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
