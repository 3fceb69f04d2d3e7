using Leerwerk.Data.Herinneringen;
using Leerwerk.Data.Mail;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Rules;
using Leerwerk.Domain.Scholen;
using Leerwerk.Domain.StageUren.Rules;
using Leerwerk.Web.Bevindingen;
using Leerwerk.Web.Mail;

namespace Leerwerk.Web.Herinneringen;

/// <summary>
/// The Dutch texts of the reminders, at B1 level. A student is named by first name and initial, as on the approval
/// page; a finding about a student is told without the name (the coordinator logs in to see who it is).
/// </summary>
public static class HerinneringMails
{
    /// <summary>A coordinator (or beheerder) who gets the school's reminders.</summary>
    public sealed record Ontvanger(string Email, string? Naam);

    /// <summary>One agreement in the weekly approval list: how many days wait, since when, and the new link.</summary>
    public sealed record WachtendeUren(Leerwerkovereenkomst Overeenkomst, int Dagen, DateOnly Oudste, string Link);

    /// <summary>The Dutch name of a kind, on the settings page and in the outbox.</summary>
    public static string Naam(HerinneringSoort soort) => soort switch
    {
        HerinneringSoort.HandtekeningOntbreekt => "Herinnering handtekening",
        HerinneringSoort.UrenOverzicht => "Weekoverzicht stage-uren",
        HerinneringSoort.Herbeoordeling => "Herinnering herbeoordeling SBB",
        HerinneringSoort.ErkenningVervalt => "Herinnering erkenning",
        HerinneringSoort.SamenwerkingEindigt => "Herinnering samenwerkingsovereenkomst",
        HerinneringSoort.Prognose => "Herinnering stage-uren leerling",
        _ => soort.ToString(),
    };

    public static MailContent Handtekening(School school, Ontvanger aan, Leerwerkovereenkomst overeenkomst, DateOnly sinds, DateOnly today,
        IReadOnlyList<Partij> ontbreekt, IReadOnlyList<string> herinnerd, string link)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(aan);
        ArgumentNullException.ThrowIfNull(overeenkomst);
        ArgumentNullException.ThrowIfNull(ontbreekt);
        ArgumentNullException.ThrowIfNull(herinnerd);
        var leerling = KorteNaam(overeenkomst);
        var dagen = today.DayNumber - sinds.DayNumber;
        var text = new MailText()
            .Paragraph(Aanhef(aan))
            .Paragraph($"De leer-werkovereenkomst van {leerling} bij {overeenkomst.Leerbedrijf!.Name} wacht al {dagen} dagen op handtekeningen (sinds {Nl.Date(sinds)}).")
            .Paragraph(ontbreekt.Count == 0
                ? "Alle handtekeningen zijn er. Zet de overeenkomst op getekend."
                : $"Nog niet getekend: {string.Join(", ", ontbreekt.Select(Ondertekenaars.PartyName))}.");
        if (ontbreekt.Count > 0)
        {
            text.Paragraph(herinnerd.Count == 0
                ? "Niemand kreeg een herinnering per e-mail: van wie nog moet tekenen staat geen e-mailadres vast. Neem zelf contact op."
                : $"Een herinnering met een nieuwe link ging vandaag naar: {string.Join(", ", herinnerd)}.");
        }

        text.Link("Naar de overeenkomst", link)
            .Paragraph(Afsluiting(school));
        return new MailContent(Naam(HerinneringSoort.HandtekeningOntbreekt), aan.Email, aan.Naam,
            $"Handtekeningen ontbreken: overeenkomst van {leerling}", text.Text, text.Html);
    }

    public static MailContent UrenOverzicht(School school, Praktijkbegeleider begeleider, IReadOnlyList<WachtendeUren> regels, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(begeleider);
        ArgumentNullException.ThrowIfNull(regels);
        var text = new MailText()
            .Paragraph($"Beste {begeleider.Name},")
            .Paragraph($"Er wachten stage-uren op uw goedkeuring. Hieronder staat per leerling hoeveel dagen wachten en sinds wanneer. Met de link keurt u de uren goed; u hebt er geen account voor nodig.");
        foreach (var regel in regels)
        {
            var wacht = today.DayNumber - regel.Oudste.DayNumber;
            text.Paragraph($"{KorteNaam(regel.Overeenkomst)} bij {regel.Overeenkomst.Leerbedrijf!.Name}: {DagenTekst(regel.Dagen)} met uren, de oudste van {Nl.Date(regel.Oudste)} ({wacht} dagen geleden).")
                .Link($"Uren van {KorteNaam(regel.Overeenkomst)} goedkeuren", regel.Link);
        }

        text.Paragraph("De links zijn persoonlijk. Een eerdere link voor deze leerlingen werkt niet meer. Stuur deze e-mail niet door.")
            .Paragraph(Afsluiting(school));
        return new MailContent(Naam(HerinneringSoort.UrenOverzicht), begeleider.Email!, begeleider.Name,
            "Stage-uren wachten op uw goedkeuring", text.Text, text.Html);
    }

    public static MailContent Bevinding(School school, Ontvanger aan, HerinneringSoort soort, Bevinding bevinding, string link)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(aan);
        ArgumentNullException.ThrowIfNull(bevinding);
        var (onderwerp, uitleg) = soort switch
        {
            HerinneringSoort.Herbeoordeling => ($"Herbeoordeling SBB: {bevinding.Onderwerp}", bevinding.Finding.Message),
            HerinneringSoort.ErkenningVervalt => ($"Erkenning vervalt: {bevinding.Onderwerp}", bevinding.Finding.Message),
            HerinneringSoort.SamenwerkingEindigt => ("Samenwerkingsovereenkomst loopt af",
                "Een samenwerkingsovereenkomst met een mbo-instelling is opgezegd of loopt binnen zes maanden af. Een leerling in een leer-werktraject heeft daarna geen basis meer, tenzij er een nieuwe overeenkomst is."),
            _ => ("Stage-uren: een leerling haalt het minimum niet op tijd",
                $"Een leerling in een leer-werktraject haalt met het huidige rooster de minimale stage-uren niet op tijd ({Nl.Amount(MinimumStageUren.MinimumHours)} uur in {MinimumStageUren.MinimumDays} dagen)."),
        };
        var text = new MailText()
            .Paragraph(Aanhef(aan))
            .Paragraph($"Leerwerk vond dit bij de controle (regel {bevinding.Finding.RuleId}):")
            .Paragraph(uitleg)
            .Link(bevinding.Soort == OnderwerpSoort.Leerling ? "Bekijk de leerling (inloggen nodig)" : "Bekijk het leerbedrijf (inloggen nodig)", link)
            .Paragraph("U krijgt deze herinnering één keer. De bevinding blijft op de werklijst Bevindingen staan tot ze is opgelost.")
            .Paragraph(Afsluiting(school));
        return new MailContent(Naam(soort), aan.Email, aan.Naam, onderwerp, text.Text, text.Html);
    }

    /// <summary>
    /// The SBB reassessment of an erkenning is due within three months (before F1 fires): told with F1's citation, so the
    /// coordinator can ask SBB in time.
    /// </summary>
    public static MailContent HerbeoordelingBinnenkort(School school, Ontvanger aan, Leerbedrijf bedrijf, Erkenning erkenning, DateOnly uiterlijk,
        LegalCitation citation, string link)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(aan);
        ArgumentNullException.ThrowIfNull(bedrijf);
        ArgumentNullException.ThrowIfNull(erkenning);
        ArgumentNullException.ThrowIfNull(citation);
        var text = new MailText()
            .Paragraph(Aanhef(aan))
            .Paragraph($"De herbeoordeling door SBB van {bedrijf.Name} (erkenning voor het profiel {erkenning.ProfielCode}) is uiterlijk {Nl.Date(uiterlijk)} nodig. SBB beoordeelt elk leerbedrijf eens in de vier jaar.")
            .Paragraph($"Vraag SBB op tijd om een beoordeling (regel F1, {citation.Text}).")
            .Link("Bekijk het leerbedrijf (inloggen nodig)", link)
            .Paragraph("U krijgt deze herinnering één keer. Is de datum voorbij zonder nieuwe beoordeling, dan komt de bevinding F1 op de werklijst Bevindingen.")
            .Paragraph(Afsluiting(school));
        return new MailContent(Naam(HerinneringSoort.Herbeoordeling), aan.Email, aan.Naam,
            $"Herbeoordeling SBB binnenkort: {bedrijf.Name}", text.Text, text.Html);
    }

    private static string KorteNaam(Leerwerkovereenkomst overeenkomst)
    {
        var leerling = overeenkomst.Leerling!;
        return $"{leerling.FirstName} {leerling.LastName[..1].ToUpper(Nl.Culture)}.";
    }

    private static string DagenTekst(int dagen) => dagen == 1 ? "1 dag" : $"{dagen} dagen";

    private static string Aanhef(Ontvanger aan) => string.IsNullOrWhiteSpace(aan.Naam) ? "Beste collega," : $"Beste {aan.Naam},";

    private static string Afsluiting(School school) =>
        $"Met vriendelijke groet,\r\nLeerwerk voor {school.Name}\r\n\r\nWilt u deze herinneringen niet meer? De coördinator zet ze uit op de pagina Herinneringen.";
}
