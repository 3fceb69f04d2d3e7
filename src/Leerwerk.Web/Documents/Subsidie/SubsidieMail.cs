using Leerwerk.Data.Mail;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Web.Mail;

namespace Leerwerk.Web.Documents.Subsidie;

/// <summary>
/// The note that tells a company its evidence pack is ready. The outbox sends no attachments (ADR 0009: text and HTML
/// only), so the note names the school year, the number of students and the approved hours, and says the files come
/// from the school; it names no student.
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

    public static MailContent Compose(SubsidieBewijs bewijs, Praktijkbegeleider contact)
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
            .Paragraph($"Deze e-mail heeft geen bijlage. Het overzicht (een PDF en een CSV-bestand) krijgt u van de school: neem contact op met {school.Name} als u het nog niet hebt.")
            .Paragraph($"Met vriendelijke groet,\r\n{school.Name}");
        return new MailContent(Kind, contact.Email!, contact.Name, $"Bewijs Subsidieregeling praktijkleren {bewijs.SchooljaarNaam}", text.Text, text.Html);
    }
}
