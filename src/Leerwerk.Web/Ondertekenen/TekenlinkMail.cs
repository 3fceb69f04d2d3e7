using Leerwerk.Data.Mail;
using Leerwerk.Domain;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Mail;

namespace Leerwerk.Web.Ondertekenen;

/// <summary>
/// The two messages of signing: the personal link, and the one-time code. They name the agreement by student and
/// company only; the text itself is behind the link.
/// </summary>
public static class TekenlinkMail
{
    public const string LinkKind = "Ondertekeningslink";

    public const string CodeKind = "Ondertekeningscode";

    public static MailContent Link(School school, Ondertekeningslink link, Leerwerkovereenkomst agreement, string url)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(agreement);
        return LeerwerkLink(school, link, agreement, url, subjectPrefix: "", reminder: null);
    }

    /// <summary>
    /// The reminder a party gets when the agreement has waited for signatures for the school's number of days: the same
    /// message with a new link, saying since when it waits and that the earlier link no longer works.
    /// </summary>
    public static MailContent Herinnering(School school, Ondertekeningslink link, Leerwerkovereenkomst agreement, string url, DateOnly since)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(agreement);
        return LeerwerkLink(school, link, agreement, url, subjectPrefix: "Herinnering: ",
            reminder: $"Op {Nl.Date(since)} vroegen we u deze overeenkomst te ondertekenen. Uw handtekening ontbreekt nog. De link uit die e-mail werkt niet meer: gebruik de nieuwe link hieronder.");
    }

    private static MailContent LeerwerkLink(School school, Ondertekeningslink link, Leerwerkovereenkomst agreement, string url, string subjectPrefix, string? reminder)
    {
        var subject = $"{subjectPrefix}Leer-werkovereenkomst van {agreement.Leerling!.FullName} bij {agreement.Leerbedrijf!.Name} ondertekenen";
        var text = new MailText().Paragraph($"Beste {link.RecipientName},");
        if (reminder is not null)
        {
            text.Paragraph(reminder);
        }

        text.Paragraph($"{school.Name} vraagt u de leer-werkovereenkomst van {agreement.Leerling.FullName} bij {agreement.Leerbedrijf.Name} te ondertekenen, namens {Tekenaars.PartyText(link.Partij)}. Met de link hieronder leest u de volledige tekst en tekent u; u hebt er geen account voor nodig. Om te tekenen vraagt u op die pagina een code aan, die we naar dit e-mailadres sturen.")
            .Link("Overeenkomst lezen en ondertekenen", url)
            .Paragraph($"De link is persoonlijk, werkt één keer en is geldig tot en met {Nl.Date(DateOnly.FromDateTime(link.ExpiresAt.ToLocalTime()))}. Stuur deze e-mail niet door.")
            .Paragraph($"Met vriendelijke groet,\r\n{school.Name}");
        return new MailContent(LinkKind, link.Email, link.RecipientName, subject, text.Text, text.Html);
    }

    public static MailContent Link(School school, Ondertekeningslink link, Samenwerkingsovereenkomst agreement, string url)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(link);
        ArgumentNullException.ThrowIfNull(agreement);
        var subject = $"Samenwerkingsovereenkomst van {school.Name} en {agreement.MboInstelling!.Name} ondertekenen";
        var text = new MailText()
            .Paragraph($"Beste {link.RecipientName},")
            .Paragraph($"{school.Name} vraagt u de samenwerkingsovereenkomst van {school.Name} en {agreement.MboInstelling.Name} te ondertekenen, namens {Tekenaars.PartyText(link.Partij)}. Met de link hieronder leest u de volledige tekst en tekent u; u hebt er geen account voor nodig. Om te tekenen vraagt u op die pagina een code aan, die we naar dit e-mailadres sturen.")
            .Link("Overeenkomst lezen en ondertekenen", url)
            .Paragraph($"De link is persoonlijk, werkt één keer en is geldig tot en met {Nl.Date(DateOnly.FromDateTime(link.ExpiresAt.ToLocalTime()))}. Stuur deze e-mail niet door.")
            .Paragraph($"Met vriendelijke groet,\r\n{school.Name}");
        return new MailContent(LinkKind, link.Email, link.RecipientName, subject, text.Text, text.Html);
    }

    /// <summary>"leer-werkovereenkomst" or "samenwerkingsovereenkomst": what the link signs, for the code mail and the page.</summary>
    public static string AgreementWord(Ondertekeningslink link)
    {
        ArgumentNullException.ThrowIfNull(link);
        return link.SamenwerkingsovereenkomstId is null ? "leer-werkovereenkomst" : "samenwerkingsovereenkomst";
    }

    public static MailContent Code(School school, Ondertekeningslink link, string code)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(link);
        var text = new MailText()
            .Paragraph($"Beste {link.RecipientName},")
            .Paragraph($"Uw code om de {AgreementWord(link)} te ondertekenen is: {code}")
            .Paragraph($"De code is {Tekenlink.CodeMinutes} minuten geldig. Hebt u geen code aangevraagd? Dan kunt u deze e-mail negeren; zonder de code kan niemand namens u tekenen.")
            .Paragraph($"Met vriendelijke groet,\r\n{school.Name}");
        return new MailContent(CodeKind, link.Email, link.RecipientName, $"Uw code: {code}", text.Text, text.Html);
    }
}
