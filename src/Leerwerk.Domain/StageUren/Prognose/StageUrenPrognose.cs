using System.Globalization;
using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren.Rules;
using Leerwerk.Domain.StageUren.Telling;

namespace Leerwerk.Domain.StageUren.Prognose;

/// <summary>
/// The one forecast of stage hours, used by the risk list, the student's chart, E3 and the start check (B2).
/// From a day on, every open school day of the calendar (weekdays minus public holidays, holidays and free
/// days) on which a planned leer-werkovereenkomst runs adds its rooster hours, up to the start of the exam
/// period of leerjaar 4; the hours counted before that day (<see cref="UrenTelling"/>) come on top.
/// </summary>
public static class StageUrenPrognose
{
    public const decimal MinimumUren = MinimumStageUren.MinimumHours;
    public const int MinimumDagen = MinimumStageUren.MinimumDays;

    /// <summary>
    /// The risk forecast on <paramref name="vandaag"/>: counted hours up to and including today, then the rooster of every
    /// running agreement (not concept, ended or replaced) from tomorrow, on days its leerbedrijf's erkenning covers.
    /// Signing is assumed to happen in time: the school controls it.
    /// </summary>
    public static UrenPrognose Bereken(Dossier dossier, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return Bereken(dossier, UrenTelling.Tel(dossier), vandaag);
    }

    /// <summary>The same, on the count (<see cref="UrenTelling.Tel(Dossier)"/>) the caller already made of this dossier.</summary>
    public static UrenPrognose Bereken(Dossier dossier, IReadOnlyList<GeteldeRegel> geteld, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(geteld);
        var plan = dossier.Plaatsingen
            .Where(p => p.Status is not (LeerwerkovereenkomstStatus.Concept or LeerwerkovereenkomstStatus.Beeindigd or LeerwerkovereenkomstStatus.Vervangen))
            .Select(p => TelbarePlaatsing.Of(dossier.Leerling, p))
            .ToList();
        return Project(dossier, geteld, plan, vandaag.AddDays(1), vandaag, (p, d) => p.TeltOp(d, assumeSigned: true));
    }

    /// <summary>
    /// The start check (B2): an agreement starting on its start date with its rooster, on top of the hours counted
    /// before that date. Erkenning and signatures are left to E5/E6: this asks only whether the time is enough.
    /// </summary>
    public static UrenPrognose Startcheck(Dossier dossier, Leerwerkovereenkomst start, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        ArgumentNullException.ThrowIfNull(start);
        return Project(dossier, UrenTelling.Tel(dossier), [TelbarePlaatsing.Of(dossier.Leerling, start)], start.StartDate, vandaag, (p, d) => p.InPeriode(d));
    }

    /// <summary>The school year (by its first calendar year) in which the student is in leerjaar 4, seen on a date.</summary>
    public static int SchooljaarLeerjaar4(int leerjaar, DateOnly vandaag) =>
        Schoolkalender.SchooljaarVan(vandaag) + Math.Max(0, 4 - leerjaar);

    /// <summary>
    /// The start of the exam period of the school year in which the student is in leerjaar 4 (1 April unless the
    /// school's calendar says otherwise), seen on a date: the deadline of E1, B2, the forecast and the export.
    /// </summary>
    public static DateOnly ExamenperiodeLeerjaar4(Dossier dossier, DateOnly vandaag)
    {
        ArgumentNullException.ThrowIfNull(dossier);
        return dossier.Kalender.Examenperiode(SchooljaarLeerjaar4(dossier.Leerling.Leerjaar, vandaag));
    }

    private static UrenPrognose Project(
        Dossier dossier,
        IReadOnlyList<GeteldeRegel> geteld,
        IReadOnlyList<TelbarePlaatsing> plan,
        DateOnly vanaf,
        DateOnly vandaag,
        Func<TelbarePlaatsing, DateOnly, bool> telt)
    {
        var kalender = dossier.Kalender;
        var horizon = ExamenperiodeLeerjaar4(dossier, vandaag);
        var counted = geteld.Where(g => g.Telt && g.Regel.Date < vanaf && g.Regel.Date < horizon).Select(g => g.Regel).ToList();

        var dagen = new List<PrognoseDag>();
        var weken = new HashSet<int>();
        var compleet = true;
        for (var d = vanaf; d < horizon; d = d.AddDays(1))
        {
            if (!kalender.IsOpen(d))
            {
                continue;
            }

            compleet &= kalender.Covers(d);
            weken.Add((ISOWeek.GetYear(d.ToDateTime(TimeOnly.MinValue)) * 100) + ISOWeek.GetWeekOfYear(d.ToDateTime(TimeOnly.MinValue)));
            var hours = 0m;
            foreach (var p in plan)
            {
                var h = p.Plaatsing.Rooster.HoursOn(d.DayOfWeek);
                if (h > hours && telt(p, d))
                {
                    hours = h;
                }
            }

            if (hours > 0)
            {
                dagen.Add(new PrognoseDag(d, hours));
            }
        }

        var jaar = Schoolkalender.SchooljaarVan(vanaf);
        var jaarGeteld = counted.Where(u => Schoolkalender.SchooljaarVan(u.Date) == jaar).Sum(u => u.Hours);
        var jaarGepland = dagen.Where(d => Schoolkalender.SchooljaarVan(d.Date) == jaar).Sum(d => d.Hours);
        return new UrenPrognose
        {
            Vanaf = vanaf,
            Horizon = horizon,
            GeteldeUren = counted.Sum(u => u.Hours),
            GeteldeDagen = counted.Select(u => u.Date).Distinct().Count(),
            GeplandeDagen = dagen,
            SchoolwekenOver = weken.Count,
            KalenderCompleet = compleet,
            JaarDoel = dossier.Beleid.UrenPerSchooljaar,
            JaarPrognose = jaarGeteld + jaarGepland,
        };
    }

    /// <summary>One Dutch sentence on the forecast, for the chart's text alternative and the risk list.</summary>
    public static string Zin(UrenPrognose prognose, string naam)
    {
        ArgumentNullException.ThrowIfNull(prognose);
        var stand = $"Met het geplande rooster komt {naam} vóór de examenperiode ({Nl.Date(prognose.Horizon)}) op {Nl.Number(prognose.PrognoseUren)} uur in {prognose.PrognoseDagen.ToString(Nl.Culture)} dagen";
        if (prognose.HaaltMinimum)
        {
            return $"Op koers: {char.ToLower(stand[0], Nl.Culture)}{stand[1..]}; het minimum is {Nl.Number(MinimumUren)} uur in {MinimumDagen} dagen.";
        }

        var tekort = new List<string>();
        if (prognose.UrenTekort > 0)
        {
            tekort.Add($"{Nl.Number(prognose.UrenTekort)} uur");
        }

        if (prognose.DagenTekort > 0)
        {
            tekort.Add(string.Create(Nl.Culture, $"{prognose.DagenTekort} dagen"));
        }

        var oplossing = prognose.SchoolwekenOver == 0
            ? "Er zijn vóór de examenperiode geen schoolweken meer over."
            : string.Create(Nl.Culture, $"Dat is {Nl.Number(prognose.ExtraUrenPerWeek ?? 0)} uur en {Nl.Number(prognose.ExtraDagenPerWeek ?? 0)} dag per week extra in de {prognose.SchoolwekenOver} schoolweken die nog over zijn.");
        return $"Risico: {char.ToLower(stand[0], Nl.Culture)}{stand[1..]}; er ontbreken {string.Join(" en ", tekort)} tot het minimum van {Nl.Number(MinimumUren)} uur in {MinimumDagen} dagen. {oplossing}";
    }
}
