using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren;

namespace Leerwerk.Data.Demo;

/// <summary>Stage hours on the planned days up to yesterday: approved until last week, this week still to approve.</summary>
internal static class DemoHours
{
    /// <summary>The student who is often absent and will not reach 640 hours (shows the risk list, E1).</summary>
    public const int AtRiskStudentIndex = 10;

    public static IEnumerable<StageUrenRegel> Create(Leerwerkovereenkomst agreement, bool atRisk, DateOnly today, Random random)
    {
        if (agreement.Status is not (LeerwerkovereenkomstStatus.Actief or LeerwerkovereenkomstStatus.Beeindigd or LeerwerkovereenkomstStatus.Vervangen))
        {
            yield break;
        }

        // Up to yesterday, the end date, or the day before the end (exclusive, UrenTelling.InPeriode): a replaced placement's weeks count until then.
        var last = new[] { agreement.EndDate, today.AddDays(-1), (agreement.EndedOn ?? DateOnly.MaxValue).AddDays(-1) }.Min();
        for (var day = agreement.StartDate; day <= last; day = day.AddDays(1))
        {
            var planned = agreement.Rooster.HoursOn(day.DayOfWeek);
            var absent = atRisk ? random.Next(10) < 6 : random.Next(25) == 0;
            if (planned == 0 || DemoCalendar.IsHoliday(day) || absent)
            {
                continue;
            }

            var hours = random.Next(10) == 0 ? planned - 0.5m - random.Next(3) * 0.25m : planned;
            var approved = day < today.AddDays(-7);
            var enteredAt = day.ToDateTime(new TimeOnly(17, 0), DateTimeKind.Utc);
            yield return new StageUrenRegel
            {
                SchoolId = agreement.SchoolId,
                LeerlingId = agreement.LeerlingId,
                LeerwerkovereenkomstId = agreement.Id,
                Date = day,
                Hours = hours,
                Status = approved ? UrenStatus.Goedgekeurd : UrenStatus.Ingevoerd,
                EnteredBy = "coordinator",
                EnteredAt = enteredAt,
                ReviewedBy = approved ? agreement.Praktijkbegeleider?.Name : null,
                ReviewedAt = approved ? enteredAt.AddDays(3) : null,
            };
        }
    }

    /// <summary>
    /// Gives the ledger every state to show: every 19th approved day was corrected half an hour down by the
    /// mentor and approved again, every 11th day still to approve was rejected. Deterministic by position.
    /// </summary>
    public static async Task AddHistoryAsync(LeerwerkDbContext db, IReadOnlyList<StageUrenRegel> saved, CancellationToken cancellationToken)
    {
        var corrections = new List<(StageUrenRegel Old, StageUrenRegel New)>();
        for (var i = 0; i < saved.Count; i++)
        {
            var entry = saved[i];
            if (entry.Status == UrenStatus.Goedgekeurd && i % 19 == 7 && entry.Hours >= 1m)
            {
                var replacement = UrenBoek.Correct(entry, entry.Hours - 0.5m, "mentor", entry.EnteredAt.AddDays(1), "Eerder weg (tandarts)");
                UrenBoek.Approve(replacement, entry.ReviewedBy ?? "praktijkbegeleider", entry.ReviewedAt ?? entry.EnteredAt.AddDays(3));
                corrections.Add((entry, replacement));
            }
            else if (entry.Status == UrenStatus.Ingevoerd && i % 11 == 3)
            {
                UrenBoek.Reject(entry, "Leerling was ziek gemeld", "coordinator", entry.EnteredAt.AddHours(16));
            }
        }

        db.StageUren.AddRange(corrections.Select(c => c.New));
        await db.SaveChangesAsync(cancellationToken);
        corrections.ForEach(c => UrenBoek.Link(c.Old, c.New));
        await db.SaveChangesAsync(cancellationToken);
    }
}
