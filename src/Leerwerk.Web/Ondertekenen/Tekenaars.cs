using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;

namespace Leerwerk.Web.Ondertekenen;

/// <summary>One person who is asked to sign, for which party, and where the link goes (null: no address on record).</summary>
public sealed record Tekenaar(Partij Partij, string Name, string? Email, string Description);

/// <summary>
/// Who gets a signing link, from the records: the bevoegd gezag's signatory (school settings), the praktijkbegeleider
/// for the leerbedrijf (the person the agreement names there), the student, and for a minor each parent or legal
/// representative on record (the student of a minor signs along; the parents' signature is the one the law requires).
/// </summary>
public static class Tekenaars
{
    /// <summary>The agreement with its student (and representatives), leerbedrijf and praktijkbegeleider loaded.</summary>
    public static IReadOnlyList<Tekenaar> Of(Leerwerkovereenkomst agreement, School school)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(school);
        var student = agreement.Leerling!;
        var list = new List<Tekenaar>
        {
            SchoolSignatory(school),
            new(Partij.Leerbedrijf, agreement.Praktijkbegeleider?.Name ?? agreement.Leerbedrijf!.Name, Blank(agreement.Praktijkbegeleider?.Email),
                agreement.Praktijkbegeleider is null
                    ? "het leerbedrijf (de overeenkomst noemt geen praktijkbegeleider)"
                    : $"het leerbedrijf ({agreement.Praktijkbegeleider.Name}; vul het e-mailadres in bij het leerbedrijf)"),
            new(Partij.Leerling, student.FullName, Blank(student.Email), $"de leerling ({student.FullName}; vul het e-mailadres in bij de leerling)"),
        };
        if (Ondertekenaars.SignsAsMinor(agreement, student))
        {
            list.AddRange(student.Vertegenwoordigers.Count == 0
                ? [new Tekenaar(Partij.WettelijkVertegenwoordiger, "ouder", null, "de ouders (er is geen ouder of wettelijk vertegenwoordiger vastgelegd)")]
                : student.Vertegenwoordigers.Select(v => new Tekenaar(Partij.WettelijkVertegenwoordiger, v.Name, Blank(v.Email),
                    $"ouder/wettelijk vertegenwoordiger {v.Name} (vul het e-mailadres in bij de leerling)")));
        }

        return list;
    }

    /// <summary>The two bevoegde gezagen of a samenwerkingsovereenkomst (its MboInstelling loaded).</summary>
    public static IReadOnlyList<Tekenaar> Of(Samenwerkingsovereenkomst agreement, School school)
    {
        ArgumentNullException.ThrowIfNull(agreement);
        ArgumentNullException.ThrowIfNull(school);
        var mbo = agreement.MboInstelling!;
        return
        [
            SchoolSignatory(school),
            new(Partij.MboInstelling, mbo.SignatoryName ?? mbo.BevoegdGezag, Blank(mbo.SignatoryEmail),
                $"de ondertekenaar van het bevoegd gezag van {mbo.Name} ({mbo.SignatoryName ?? "naam onbekend"}; vul het e-mailadres in bij de mbo-instelling)"),
        ];
    }

    /// <summary>"het bevoegd gezag van de school", as the mail and the pages name the party signed for.</summary>
    public static string PartyText(Partij partij) => partij switch
    {
        Partij.BevoegdGezag => "het bevoegd gezag van de school",
        Partij.Leerbedrijf => "het leerbedrijf",
        Partij.Leerling => "uzelf, als leerling",
        Partij.WettelijkVertegenwoordiger => "de leerling, als ouder of wettelijk vertegenwoordiger",
        Partij.MboInstelling => "het bevoegd gezag van de mbo-instelling",
    };

    private static Tekenaar SchoolSignatory(School school) =>
        new(Partij.BevoegdGezag, school.SignatoryName ?? school.BevoegdGezag, Blank(school.SignatoryEmail),
            $"de ondertekenaar van het bevoegd gezag ({school.SignatoryName ?? "naam onbekend"}; vul het e-mailadres in bij Inrichting, School)");

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
