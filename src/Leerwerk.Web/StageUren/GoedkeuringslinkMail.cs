using Leerwerk.Data.Mail;
using Leerwerk.Domain;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;
using Leerwerk.Domain.StageUren;
using Leerwerk.Web.Mail;

namespace Leerwerk.Web.StageUren;

/// <summary>
/// The e-mail that brings the praktijkbegeleider the approval link. It names the student as the approval page does
/// (first name and initial) and nothing more about them.
/// </summary>
public static class GoedkeuringslinkMail
{
    public const string Kind = "Goedkeuringslink";

    public static MailContent Compose(School school, Leerwerkovereenkomst agreement, string link)
    {
        ArgumentNullException.ThrowIfNull(school);
        ArgumentNullException.ThrowIfNull(agreement);
        var supervisor = agreement.Praktijkbegeleider ?? throw new InvalidOperationException("The agreement has no praktijkbegeleider.");
        var student = agreement.Leerling!;
        var name = $"{student.FirstName} {student.LastName[..1].ToUpper(Nl.Culture)}.";
        var text = new MailText()
            .Paragraph($"Beste {supervisor.Name},")
            .Paragraph($"{school.Name} vraagt u de stage-uren van {name} bij {agreement.Leerbedrijf!.Name} goed te keuren. Met de link hieronder ziet u de weken die nog op uw goedkeuring wachten; u hebt er geen account voor nodig.")
            .Link("Stage-uren goedkeuren", link)
            .Paragraph($"De link is persoonlijk en geldig tot en met {Nl.Date(Goedkeuringslink.ValidUntil(agreement))}. Een eerdere link van deze leerling werkt niet meer. Stuur deze e-mail niet door.")
            .Paragraph($"Met vriendelijke groet,\r\n{school.Name}");
        return new MailContent(Kind, supervisor.Email!, supervisor.Name, $"Stage-uren van {name} goedkeuren", text.Text, text.Html);
    }
}
