using Leerwerk.Data.Mail;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Web.Mail;

namespace Leerwerk.Web.Documents.Subsidie;

/// <summary>
/// The e-mail that sends a company its evidence pack: the PDF and the CSV attached (ADR 0013), a text that names the
/// school year, the number of students and the approved hours but no student (the names are in the attachments only).
/// </summary>
public static class SubsidieMail
{
    public const string Kind = "Subsidie praktijkleren";

    /// <summary>
    /// Who receives the note: the first praktijkbegeleider with an e-mail address who guided a student that year, else
    /// any praktijkbegeleider of the company with one (a leerbedrijf has no e-mail address of its own); null when none.
    /// </summary>
    public static Praktijkbegeleider? Contact(SubsidieBewijs bewijs)
    {
        ArgumentNullException.ThrowIfNull(bewijs);
        var guided = bewijs.Plaatsingen.Select(p => p.PraktijkbegeleiderNaam).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return bewijs.Leerbedrijf.Praktijkbegeleiders
            .Where(p => !string.IsNullOrWhiteSpace(p.Email))
            .OrderBy(p => guided.Contains(p.Name) ? 0 : 1).ThenBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.Id)
            .FirstOrDefault();
    }

    public static MailContent Compose(SubsidieBewijs bewijs, Praktijkbegeleider contact, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(bewijs);
        ArgumentNullException.ThrowIfNull(contact);
        var school = bewijs.School;
        var count = bewijs.Plaatsingen.Count;
        var students = count == 1 ? "1 leerling" : $"{Nl.Number(count)} leerlingen";
        var text = new MailText()
            .Paragraph($"Beste {contact.Name},")
            .Paragraph($"{school.Name} heeft het bewijs voor de Subsidieregeling praktijkleren van {bewijs.Leerbedrijf.Name} over schooljaar {bewijs.SchooljaarNaam} klaar. Daarin staan {students} van het leer-werktraject die dat schooljaar bij u stage liepen, met samen {Nl.Amount(bewijs.Plaatsingen.Sum(p => p.ApprovedHours))} goedgekeurde stage-uren.")
            .Paragraph("Per leerling staan in het overzicht de leer-werkovereenkomst met de handtekeningen, de goedgekeurde uren, het aantal dagen per week, de praktijkbegeleider en de begeleiding. U kunt het meesturen met uw aanvraag.")
            .Paragraph("Het overzicht zit als bijlage bij deze e-mail: een PDF om mee te sturen en hetzelfde overzicht als CSV-bestand, dat u in Excel kunt openen.")
            .Paragraph($"Klopt er iets niet, neem dan contact op met {school.Name}.")
            .Paragraph($"Met vriendelijke groet,\r\n{school.Name}");
        return new MailContent(Kind, contact.Email!, contact.Name, $"Bewijs Subsidieregeling praktijkleren {bewijs.SchooljaarNaam}", text.Text, text.Html, Bijlagen(bewijs, today));
    }

    /// <summary>The pack's PDF and CSV, as the page's downloads give them, and the students they hold.</summary>
    public static IReadOnlyList<MailAttachment> Bijlagen(SubsidieBewijs bewijs, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(bewijs);
        var students = bewijs.Plaatsingen.Select(p => p.LeerlingId).Distinct().Order().ToList();
        var pdf = SubsidieDocument.Render(bewijs, today);
        return
        [
            new MailAttachment(pdf.FileName, pdf.ContentType, pdf.Content, students),
            new MailAttachment(SubsidieCsv.FileName(bewijs), SubsidieCsv.ContentType, SubsidieCsv.Write(bewijs), students),
        ];
    }
}
