using System.Globalization;
using Leerwerk.Data.Avg;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerlingen;

namespace Leerwerk.Web.Documents;

/// <summary>
/// The readable AVG export: per kind of record a heading in Dutch and each record as a table of its stored values,
/// rendered by the same PDF renderer as the agreements and the dossier. The JSON export holds the same values.
/// </summary>
public static class AvgExportDocument
{
    private static readonly Dictionary<string, string> Labels = new(StringComparer.Ordinal)
    {
        ["Leerling"] = "Leerling",
        ["WettelijkVertegenwoordiger"] = "Ouders en wettelijk vertegenwoordigers",
        ["RouteBesluit"] = "Routebesluiten",
        ["Intake"] = "Intake",
        ["Vak"] = "Vakken en cijfers",
        ["UitslagVaststelling"] = "Vastgestelde uitslagen",
        ["Leerwerkovereenkomst"] = "Leer-werkovereenkomsten",
        ["Ondertekening"] = "Ondertekeningen",
        ["StatusWijziging"] = "Statuswijzigingen van overeenkomsten",
        ["StageUrenRegel"] = "Stage-uren",
        ["DoorstroomRecord"] = "Doorstroom naar het mbo",
        ["MentorLeerling"] = "Mentoren",
        ["GezienBevinding"] = "Als gezien gemarkeerde waarschuwingen",
        ["AuditEntry"] = "Logboek: wie wat wanneer wijzigde",
    };

    public static DocumentText Text(Leerling leerling, IReadOnlyList<LeerlingExport.Tabel> tabellen, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(leerling);
        ArgumentNullException.ThrowIfNull(tabellen);
        var blocks = new List<DocumentBlock>
        {
            new ParagraphBlock("Dit overzicht bevat alle gegevens die Leerwerk over de leerling bewaart, per soort gegeven, "
                + "met de wijzigingen uit het logboek. Hetzelfde overzicht is ook als JSON-bestand te downloaden."),
        };
        foreach (var tabel in tabellen)
        {
            blocks.Add(new HeadingBlock(Labels.GetValueOrDefault(tabel.Soort, tabel.Soort)));
            if (tabel.Rijen.Count == 0)
            {
                blocks.Add(new ParagraphBlock("Geen gegevens."));
                continue;
            }

            foreach (var rij in tabel.Rijen)
            {
                blocks.Add(new TableBlock(["Gegeven", "Waarde"], [.. rij.Select(kv => (IReadOnlyList<string>)[kv.Key, Format(kv.Value)])]));
            }
        }

        return new DocumentText("Gegevens van een leerling (AVG)",
            $"{leerling.FullName}, leerlingnummer {leerling.Leerlingnummer}, opgemaakt op {Nl.Date(today)}", blocks);
    }

    private static string Format(object? value) => value switch
    {
        null => "",
        DateOnly date => Nl.Date(date),
        DateTime time => time.ToString("d MMMM yyyy HH:mm 'UTC'", Nl.Culture),
        decimal number => number.ToString(Nl.Culture),
        bool flag => flag ? "ja" : "nee",
        byte[] bytes => $"bestand van {bytes.Length.ToString("N0", Nl.Culture)} bytes",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
