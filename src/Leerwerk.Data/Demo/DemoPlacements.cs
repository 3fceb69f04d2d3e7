using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;

namespace Leerwerk.Data.Demo;

/// <summary>One leer-werkovereenkomst per student per school year, most signed before the start; a few in other states.</summary>
internal static class DemoPlacements
{
    /// <summary>The student whose current agreement still lacks the parents' signature (shows rule E6).</summary>
    public const int UnsignedStudentIndex = 4;

    /// <summary>The student whose new placement is still a concept without assessment criteria, starting next week.</summary>
    public const int ConceptStudentIndex = 9;

    /// <summary>The student whose agreement is fully signed but not yet made active.</summary>
    public const int SignedStudentIndex = 14;

    /// <summary>The student whose placement was replaced by one at another company (WVO 2020 art. 2.107; rule E11).</summary>
    public const int ReplacedStudentIndex = 19;

    public static List<Leerwerkovereenkomst> Create(IReadOnlyList<Leerling> students, IReadOnlyList<Leerbedrijf> companies,
        DateOnly schoolYearStart, string bevoegdGezag, DateOnly today)
    {
        var replacements = new List<Leerwerkovereenkomst>();
        var placements = new List<Leerwerkovereenkomst>();
        for (var i = 0; i < students.Count; i++)
        {
            var student = students[i];
            var hosts = companies.Where(c => c.Erkenningen.Any(e => e.ProfielCode == student.ProfielCode)).ToList();
            var company = hosts[i % hosts.Count];
            if (student.Leerjaar == 4)
            {
                var lastYear = schoolYearStart.AddYears(-1);
                // Last year's students of this profiel were at the company whose assessment is overdue (keeps its erkenning alive, F2).
                var overdue = companies[DemoCompanies.OverdueIndex];
                var previousCompany = overdue.Erkenningen.Any(e => e.ProfielCode == student.ProfielCode) ? overdue : company;
                var previous = Create(student, previousCompany, lastYear, DemoCalendar.SchoolYearEnd(lastYear), leerjaar: 3, bevoegdGezag, signed: true);
                previous.Status = LeerwerkovereenkomstStatus.Beeindigd;
                previous.EndedOn = previous.EndDate;
                previous.EndReason = "Einde schooljaar; de stage gaat in leerjaar 4 verder met een nieuwe overeenkomst.";
                placements.Add(previous);
            }

            var start = schoolYearStart.AddDays(14);
            var end = DemoCalendar.SchoolYearEnd(schoolYearStart);
            var current = Create(student, company, start, end, student.Leerjaar, bevoegdGezag, signed: i != UnsignedStudentIndex);
            placements.Add(current);
            if (i == ConceptStudentIndex && today.AddDays(7) < end)
            {
                placements.Add(Concept(student, hosts[(i + 1) % hosts.Count], today.AddDays(7), end, bevoegdGezag));
            }
            else if (i == SignedStudentIndex)
            {
                current.Status = LeerwerkovereenkomstStatus.Getekend;
            }
            else if (i == ReplacedStudentIndex && start.AddDays(42) < end)
            {
                replacements.Add(Replace(current, student, hosts[(i + 1) % hosts.Count], start.AddDays(42), bevoegdGezag));
            }
        }

        // Appended last, so the other placements keep their order (and the demo hours their random numbers).
        placements.AddRange(replacements);
        return placements;
    }

    private static Leerwerkovereenkomst Concept(Leerling student, Leerbedrijf company, DateOnly start, DateOnly end, string bevoegdGezag)
    {
        var concept = Create(student, company, start, end, student.Leerjaar, bevoegdGezag, signed: false);
        concept.Status = LeerwerkovereenkomstStatus.Concept;
        concept.Beoordelingsmaatstaven = null;
        concept.PlannedHours = concept.Rooster.HoursPerWeek * 20;
        concept.Ondertekeningen.Clear();
        return concept;
    }

    private static Leerwerkovereenkomst Replace(Leerwerkovereenkomst old, Leerling student, Leerbedrijf company, DateOnly on, string bevoegdGezag)
    {
        var replacement = Create(student, company, on.AddDays(3), old.EndDate, student.Leerjaar, bevoegdGezag, signed: true);
        foreach (var signature in replacement.Ondertekeningen)
        {
            signature.SignedOn = on;
        }

        const string cause = "De praktijkbegeleider is langdurig ziek en het bedrijf kan de begeleiding niet meer waarborgen; na overleg met SBB is een andere plaats gevonden.";
        old.Status = LeerwerkovereenkomstStatus.Vervangen;
        old.EndedOn = on;
        old.EndReason = cause;
        old.ReplacedBy = replacement;
        old.StatusGeschiedenis.Add(new StatusWijziging
        {
            SchoolId = student.SchoolId,
            From = LeerwerkovereenkomstStatus.Actief,
            To = LeerwerkovereenkomstStatus.Vervangen,
            ChangedBy = "coordinator",
            ChangedAt = on.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc),
            Reason = cause,
        });
        return replacement;
    }

    private static Leerwerkovereenkomst Create(Leerling student, Leerbedrijf company, DateOnly start, DateOnly end, int leerjaar,
        string bevoegdGezag, bool signed)
    {
        // Leerjaar 3: one day a week; leerjaar 4: two days (the brochure's practice, E12).
        var rooster = leerjaar == 3 ? new Rooster { Wednesday = 8m } : new Rooster { Tuesday = 8m, Thursday = 8m };
        var supervisor = company.Praktijkbegeleiders[0];
        var agreement = new Leerwerkovereenkomst
        {
            SchoolId = student.SchoolId,
            Leerling = student,
            Leerbedrijf = company,
            Praktijkbegeleider = supervisor,
            MentorName = student.MentorName,
            Inhoud = $"Meewerken in de dagelijkse praktijk van {company.Name}, met opdrachten uit het praktijkboek van het profiel; geen eenzijdig productiewerk.",
            Leerdoelen = "De leerling werkt aan de opdrachten van het profielvak en de beroepsgerichte keuzevakken zoals beschreven in het PTA, en aan stagevaardigheden: op tijd komen, samenwerken, om hulp vragen.",
            Beoordelingsmaatstaven = "Beoordelingsformulier stage (houding, vaardigheden, opdrachten) door de praktijkbegeleider, besproken met de mentor; onderdeel van het PTA.",
            Begeleiding = $"Praktijkbegeleider {supervisor.Name} begeleidt dagelijks; mentor {student.MentorName} bezoekt het bedrijf ten minste eens per periode en houdt contact.",
            VoortijdigeBeeindiging = "Bij ernstige problemen na overleg tussen school, leerling, ouders en bedrijf, met een opzegtermijn van twee weken; de school zorgt na overleg met SBB voor een andere plaats (WVO 2020 art. 2.107).",
            StartDate = start,
            EndDate = end,
            PlannedHours = rooster.HoursPerWeek * 36,
            Rooster = rooster,
            Status = signed ? LeerwerkovereenkomstStatus.Actief : LeerwerkovereenkomstStatus.TerOndertekening,
        };
        var signedOn = start.AddDays(-10);
        agreement.Ondertekeningen.Add(Signature(student, Partij.BevoegdGezag, bevoegdGezag, signedOn));
        agreement.Ondertekeningen.Add(Signature(student, Partij.Leerbedrijf, supervisor.Name, signedOn.AddDays(2)));
        agreement.Ondertekeningen.Add(Signature(student, Partij.Leerling, student.FullName, signedOn.AddDays(3)));
        if (signed)
        {
            agreement.Ondertekeningen.Add(Signature(student, Partij.WettelijkVertegenwoordiger, student.Vertegenwoordigers[0].Name, signedOn.AddDays(3)));
        }

        return agreement;
    }

    private static Ondertekening Signature(Leerling student, Partij partij, string name, DateOnly on) =>
        new() { SchoolId = student.SchoolId, Partij = partij, SignerName = name, SignedOn = on };
}
