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

    /// <summary>
    /// The placements of <paramref name="students"/>; <paramref name="rooster"/> makes each agreement's days (the demo:
    /// Tuesday and Thursday; the generated board also has schools with three days, see <see cref="DemoBestuur"/>).
    /// </summary>
    public static List<Leerwerkovereenkomst> Create(IReadOnlyList<Leerling> students, IReadOnlyList<Leerbedrijf> companies,
        DateOnly schoolYearStart, string bevoegdGezag, DateOnly today, Func<Rooster>? rooster = null)
    {
        rooster ??= TweeDagen;
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
                var previous = Create(student, previousCompany, lastYear, DemoCalendar.SchoolYearEnd(lastYear), bevoegdGezag, rooster(), signed: true);
                Move(previous, student, LeerwerkovereenkomstStatus.Beeindigd, previous.EndDate,
                    new Beeindiging(previous.EndDate, "Einde schooljaar; de stage gaat in leerjaar 4 verder met een nieuwe overeenkomst."));
                placements.Add(previous);
            }

            var start = schoolYearStart.AddDays(14);
            // A leerjaar-3 student signs one agreement for the whole LWT, to the end of leerjaar 4: with two days a week
            // it reaches 640 hours before the exam period (B2); leerjaar 4 signed a new one this year.
            var end = DemoCalendar.SchoolYearEnd(student.Leerjaar == 3 ? schoolYearStart.AddYears(1) : schoolYearStart);
            var current = Create(student, company, start, end, bevoegdGezag, rooster(), signed: i != UnsignedStudentIndex,
                activate: i != SignedStudentIndex);
            placements.Add(current);
            if (i == ConceptStudentIndex && today.AddDays(7) < end)
            {
                placements.Add(Concept(student, hosts[(i + 1) % hosts.Count], today.AddDays(7), end, bevoegdGezag, rooster()));
            }
            else if (i == ReplacedStudentIndex && start.AddDays(42) < end)
            {
                replacements.Add(Replace(current, student, hosts[(i + 1) % hosts.Count], start.AddDays(42), bevoegdGezag, rooster()));
            }
        }

        // Appended last, so the other placements keep their order (and the demo hours their random numbers).
        placements.AddRange(replacements);
        return placements;
    }

    // Two days a week, Tuesday and Thursday, in both years: with one day in leerjaar 3 (the brochure's practice, E12)
    // the 640 hours before the exam period are out of reach (B2). The same days as class 4B2's stage days, so a
    // week with a free Monday never leaves that class without lessons at school (C11).
    private static Rooster TweeDagen() => new() { Tuesday = 8m, Thursday = 8m };

    private static Leerwerkovereenkomst Concept(Leerling student, Leerbedrijf company, DateOnly start, DateOnly end, string bevoegdGezag, Rooster rooster)
    {
        var concept = Create(student, company, start, end, bevoegdGezag, rooster, signed: false, send: false);
        concept.Beoordelingsmaatstaven = null;
        concept.PlannedHours = concept.Rooster.HoursPerWeek * 20;
        concept.Ondertekeningen.Clear();
        return concept;
    }

    private static Leerwerkovereenkomst Replace(Leerwerkovereenkomst old, Leerling student, Leerbedrijf company, DateOnly on, string bevoegdGezag, Rooster rooster)
    {
        var replacement = Create(student, company, on.AddDays(3), old.EndDate, bevoegdGezag, rooster, signed: true, allSignedOn: on);
        const string cause = "De praktijkbegeleider is langdurig ziek en het bedrijf kan de begeleiding niet meer waarborgen; na overleg met SBB is een andere plaats gevonden.";
        Move(old, student, LeerwerkovereenkomstStatus.Vervangen, on, new Beeindiging(on, cause, replacement));
        return replacement;
    }

    /// <summary>
    /// A placement as the school makes it: a concept with the full content, sent for signing, the signatures, and
    /// through the status machine (<see cref="Levensloop"/>) to getekend and actief when everyone signed. The demo
    /// takes the same steps a coordinator does, so its history is the one the pages would have written.
    /// </summary>
    private static Leerwerkovereenkomst Create(Leerling student, Leerbedrijf company, DateOnly start, DateOnly end,
        string bevoegdGezag, Rooster rooster, bool signed, bool send = true, bool activate = true, DateOnly? allSignedOn = null)
    {
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
            // 36 stage weeks per school year the agreement spans.
            PlannedHours = rooster.HoursPerWeek * 36 * (end.Year - start.Year),
            Rooster = rooster,
        };
        var signedOn = allSignedOn ?? start.AddDays(-10);
        if (send)
        {
            Move(agreement, student, LeerwerkovereenkomstStatus.TerOndertekening, signedOn);
        }

        agreement.Ondertekeningen.Add(Signature(student, Partij.BevoegdGezag, bevoegdGezag, signedOn));
        // A replacement is signed by everyone on one day; otherwise the company signs two days later, the student three.
        var lastSignedOn = allSignedOn ?? signedOn.AddDays(3);
        agreement.Ondertekeningen.Add(Signature(student, Partij.Leerbedrijf, supervisor.Name, allSignedOn ?? signedOn.AddDays(2)));
        agreement.Ondertekeningen.Add(Signature(student, Partij.Leerling, student.FullName, lastSignedOn));
        if (signed)
        {
            agreement.Ondertekeningen.Add(Signature(student, Partij.WettelijkVertegenwoordiger, student.Vertegenwoordigers[0].Name, lastSignedOn));
            Move(agreement, student, LeerwerkovereenkomstStatus.Getekend, lastSignedOn);
            if (activate)
            {
                Move(agreement, student, LeerwerkovereenkomstStatus.Actief, start);
            }
        }

        return agreement;
    }

    /// <summary>One step of the status machine by the demo coordinator at 10:00 that day; the demo only takes allowed steps.</summary>
    private static void Move(Leerwerkovereenkomst agreement, Leerling student, LeerwerkovereenkomstStatus to, DateOnly on, Beeindiging? request = null)
    {
        var result = Levensloop.Apply(agreement, student, to, "coordinator", on.ToDateTime(new TimeOnly(10, 0), DateTimeKind.Utc), request);
        if (!result.IsAllowed)
        {
            throw new InvalidOperationException($"Demo placement refused ({to}): {string.Join(" ", result.Refusals.Select(r => r.Message))}");
        }
    }

    private static Ondertekening Signature(Leerling student, Partij partij, string name, DateOnly on) =>
        new() { SchoolId = student.SchoolId, Partij = partij, SignerName = name, SignedOn = on };
}
