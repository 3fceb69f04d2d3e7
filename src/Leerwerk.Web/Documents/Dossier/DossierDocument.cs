using Leerwerk.Domain;
using Leerwerk.Domain.Doorstroom;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Rules;
using Leerwerk.Domain.StageUren.Rules;
using Leerwerk.Web.Infrastructure;

namespace Leerwerk.Web.Documents.Dossier;

/// <summary>
/// The printable student dossier: the same sections as the dossier page, rendered by the agreement PDF
/// renderer (A4, Dutch dates, "pagina n van m").
/// </summary>
public static class DossierDocument
{
    public static DocumentFile Render(DossierOverzicht overzicht)
    {
        ArgumentNullException.ThrowIfNull(overzicht);
        return DocumentFile.Render(Text(overzicht), DownloadFormat.Pdf, "dossier", overzicht.Dossier.Leerling.Leerlingnummer);
    }

    public static DocumentText Text(DossierOverzicht overzicht)
    {
        ArgumentNullException.ThrowIfNull(overzicht);
        var student = overzicht.Dossier.Leerling;
        var blocks = new List<DocumentBlock>();
        blocks.Add(new HeadingBlock("Bevindingen"));
        blocks.AddRange(overzicht.Findings.Count == 0
            ? [new ParagraphBlock("Geen bevindingen: alles voldoet aan de regels die hier gelden.")]
            : overzicht.Findings.Select(f => new ParagraphBlock($"{f.Message} ({f.Citation.Text})", $"{RuleKindText.Label(f.Kind)} {f.RuleId}")));

        blocks.Add(new HeadingBlock("Gegevens"));
        var profiel = Domain.Profielen.Profielen.Find(student.ProfielCode);
        blocks.Add(new TableBlock(["Gegeven", "Waarde"],
        [
            ["Leerlingnummer", student.Leerlingnummer],
            ["Naam", student.FullName],
            ["Geboortedatum", Nl.Date(student.BirthDate)],
            ["Adres", PartyText.Address(student.Woonadres())],
            ["Leerweg", student.Leerweg.Label()],
            ["Leerjaar", student.Leerjaar.ToString(Nl.Culture)],
            ["Klas", student.ClassName ?? ""],
            ["Profiel", profiel?.Name ?? "Nog geen profiel"],
            ["Mentor", student.MentorName ?? ""],
        ]));

        blocks.Add(new HeadingBlock("Route en geschiedenis"));
        blocks.Add(student.Routes.Count == 0
            ? new ParagraphBlock("Er is nog geen routebesluit vastgelegd.")
            : new TableBlock(["Vanaf", "Route", "Besloten door", "Gehoord"],
                [.. student.Routes.OrderByDescending(r => r.StartDate).Select(r => (IReadOnlyList<string>)
                    [Nl.Date(r.StartDate), r.Route.Label(), r.DecidedBy, r.ConsultedStudentAndParents ? "ja" : "nee"])]));

        blocks.Add(new HeadingBlock("Programma"));
        blocks.Add(student.Vakken.Count == 0
            ? new ParagraphBlock("Er is nog geen programma vastgelegd.")
            : new TableBlock(["Vak", "Soort", "SE", "CE"],
                [.. student.Vakken.OrderBy(v => v.Id).Select(v => (IReadOnlyList<string>)
                    [VakText(v), v.Soort.Label(), Grade(v.Se), Grade(v.Ce)])]));
        blocks.Add(new ParagraphBlock(Keuzes(student), "Wat de school beslist:"));

        blocks.Add(new HeadingBlock("Overeenkomsten en plaatsingen"));
        blocks.Add(overzicht.Dossier.Plaatsingen.Count == 0
            ? new ParagraphBlock("Er is nog geen leer-werkovereenkomst.")
            : new TableBlock(["Leerbedrijf", "Periode", "Status", "Ondertekend"],
                [.. overzicht.Dossier.Plaatsingen.Select(p => (IReadOnlyList<string>)
                    [p.Leerbedrijf?.Name ?? "", $"{Nl.Date(p.StartDate)} \u2013 {Nl.Date(p.EndDate)}", p.Status.Label(), Signatures(overzicht, p)])]));

        blocks.Add(new HeadingBlock("Stage-uren"));
        blocks.Add(new ParagraphBlock(HoursText(overzicht)));

        blocks.Add(new HeadingBlock("Examen"));
        blocks.AddRange(ExamBlocks(overzicht.Uitslag));

        blocks.Add(new HeadingBlock("Doorstroom"));
        blocks.Add(overzicht.Doorstroom.Count == 0
            ? new ParagraphBlock("Er is nog geen doorstroom naar het mbo vastgelegd.")
            : new TableBlock(["Instelling", "Opleiding", "Niveau", "Leerweg", "Start", "Startkwalificatie"],
                [.. overzicht.Doorstroom.Select(DoorstroomRow)]));

        blocks.Add(new HeadingBlock("Ouders en contactpersonen"));
        blocks.Add(student.Vertegenwoordigers.Count == 0
            ? new ParagraphBlock("Er is geen ouder of wettelijk vertegenwoordiger vastgelegd.")
            : new TableBlock(["Naam", "Relatie", "E-mailadres", "Telefoon"],
                [.. student.Vertegenwoordigers.OrderBy(v => v.Id).Select(v => (IReadOnlyList<string>)[v.Name, v.Relation ?? "", v.Email ?? "", v.Phone ?? ""])]));

        return new DocumentText("Leerlingdossier",
            $"{student.FullName}, leerlingnummer {student.Leerlingnummer}, {overzicht.SchoolNaam}; stand op {Nl.Date(overzicht.Today)}", blocks);
    }

    public static string HoursText(DossierOverzicht overzicht)
    {
        ArgumentNullException.ThrowIfNull(overzicht);
        var uren = overzicht.Uren;
        var stand = string.Create(Nl.Culture, $"{Nl.Amount(uren.Hours)} van {Nl.Number(MinimumStageUren.MinimumHours)} goedgekeurde uren, {uren.Days} van {MinimumStageUren.MinimumDays} dagen");
        return overzicht.HoursNeeded == 0 && overzicht.DaysNeeded == 0
            ? $"{stand}: het minimum is gehaald."
            : string.Create(Nl.Culture, $"{stand}: nog {Nl.Amount(overzicht.HoursNeeded)} uur en {overzicht.DaysNeeded} dagen nodig.");
    }

    public static string Keuzes(Domain.Leerlingen.Leerling student)
    {
        ArgumentNullException.ThrowIfNull(student);
        string Ja(bool value) => value ? "ja" : "nee";
        return $"maatschappelijke stage {Ja(student.MaatschappelijkeStage)}, maatschappijleer {Ja(student.FollowsMaatschappijleer)}, kunst (KV1) {Ja(student.FollowsKunst)}, lichamelijke opvoeding {Ja(student.FollowsLo)}.";
    }

    public static string VakText(Vak vak)
    {
        ArgumentNullException.ThrowIfNull(vak);
        var notes = new List<string>();
        if (vak.Deel == VakDeel.Extra)
        {
            notes.Add(vak.IsPartial ? "extra, gedeeltelijk" : "extra, helemaal");
        }

        if (vak.OutsideSchool)
        {
            notes.Add("deels buiten school" + (vak.AssessingTeacher is null ? "" : $", beoordeeld door {vak.AssessingTeacher}"));
        }

        return notes.Count == 0 ? vak.Name : $"{vak.Name} ({string.Join("; ", notes)})";
    }

    private static IEnumerable<DocumentBlock> ExamBlocks(Uitslag? uitslag)
    {
        if (uitslag is null)
        {
            yield return new ParagraphBlock("Nog geen examenvakken vastgelegd.");
            yield break;
        }

        yield return new ParagraphBlock($"{uitslag.Status.Label()} ({uitslag.ToegepasteRegeling.Label()}).", "Uitslag:");
        foreach (var nodig in uitslag.NogNodig)
        {
            yield return new ParagraphBlock(nodig.Message, "Nog nodig:");
        }
    }

    private static string Signatures(DossierOverzicht overzicht, Domain.Overeenkomsten.Leerwerkovereenkomst plaatsing) =>
        overzicht.IsFullySigned(plaatsing)
            ? "volledig"
            : plaatsing.Ondertekeningen.Count == 0 ? "nog door niemand" : "door " + string.Join(", ", plaatsing.Ondertekeningen.Select(o => o.Partij.Label()).Distinct());

    private static IReadOnlyList<string> DoorstroomRow(DoorstroomRecord d) =>
    [
        d.MboInstellingName,
        d.Crebo is null ? d.Opleiding : $"{d.Opleiding} (crebo {d.Crebo})",
        d.Niveau.ToString(Nl.Culture),
        d.MboLeerweg == MboLeerweg.Bbl ? "bbl" : "bol",
        d.StartDate is { } start ? Nl.Date(start) : "",
        d.StartkwalificatieOn is { } sk ? Nl.Date(sk) : "nog niet",
    ];

    private static string Grade(decimal? grade) => grade is { } g ? Nl.Number(g) : "";
}
