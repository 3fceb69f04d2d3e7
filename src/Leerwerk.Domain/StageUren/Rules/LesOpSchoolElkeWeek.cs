using System.Globalization;
using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;

namespace Leerwerk.Domain.StageUren.Rules;

/// <summary>
/// C11: every school week of leerjaar 3 and 4 includes in-school teaching. A week breaks the rule when the student
/// has stage (entered hours, not rejected or corrected) on every day the class has lessons that week by the school
/// calendar. Weeks of a school year without a calendar are not judged.
/// </summary>
public sealed class LesOpSchoolElkeWeek : IRule<Dossier>
{
    public string Id => "C11";

    public IEnumerable<Finding> Evaluate(Dossier subject, DateOnly referenceDate)
    {
        ArgumentNullException.ThrowIfNull(subject);
        if (subject.Leerling.Leerjaar < 3)
        {
            yield break;
        }

        var kalender = subject.Kalender;
        var stagedagen = subject.Uren
            .Where(u => u.Hours > 0 && u.Status is UrenStatus.Ingevoerd or UrenStatus.Goedgekeurd)
            .Select(u => u.Date)
            .ToHashSet();
        var weken = new List<DateOnly>();
        foreach (var maandag in stagedagen.Select(Maandag).Distinct().Order())
        {
            if (!kalender.Covers(maandag.AddDays(4)) && !kalender.Covers(maandag))
            {
                continue;
            }

            var lesdagen = Enumerable.Range(0, 5).Select(maandag.AddDays).Where(d => kalender.IsLesdag(d, subject.Leerling.ClassName)).ToList();
            if (lesdagen.Count > 0 && lesdagen.All(stagedagen.Contains))
            {
                weken.Add(maandag);
            }
        }

        if (weken.Count > 0)
        {
            var namen = weken.Select(w => string.Create(Nl.Culture, $"week {ISOWeek.GetWeekOfYear(w.ToDateTime(TimeOnly.MinValue))} ({Nl.Date(w)})"));
            yield return RuleCatalog.Get(Id, referenceDate).Finding(
                string.Create(Nl.Culture, $"{subject.Leerling.FullName} heeft in {weken.Count} schoolweek{(weken.Count == 1 ? "" : "en")} op elke lesdag stage en dus geen binnenschools onderwijs: {string.Join(", ", namen)}."),
                subject.Subject);
        }
    }

    private static DateOnly Maandag(DateOnly date) => date.AddDays(-(((int)date.DayOfWeek + 6) % 7));
}
