using Leerwerk.Domain;
using Leerwerk.Web.Infrastructure;

namespace Leerwerk.Web.Documents.Cijferlijst;

/// <summary>
/// Renders cijferlijsten to one PDF, a page per candidate, with the PDF renderer of the agreements and the dossier
/// (A4, "pagina n van m"): one candidate from the candidate page, a whole cohort from the exam page.
/// </summary>
public static class CijferlijstDocument
{
    public static DocumentFile Render(Cijferlijst lijst)
    {
        ArgumentNullException.ThrowIfNull(lijst);
        return DocumentFile.Render(Text([lijst], "Cijferlijst"), DownloadFormat.Pdf, "cijferlijst", lijst.Leerlingnummer);
    }

    public static DocumentFile RenderCohort(IReadOnlyList<Cijferlijst> lijsten, DateOnly datum)
    {
        ArgumentNullException.ThrowIfNull(lijsten);
        return DocumentFile.Render(Text(lijsten, "Cijferlijsten"), DownloadFormat.Pdf, "cijferlijsten", Nl.Date(datum));
    }

    public static DocumentText Text(IReadOnlyList<Cijferlijst> lijsten, string title)
    {
        ArgumentNullException.ThrowIfNull(lijsten);
        var blocks = new List<DocumentBlock>();
        for (var i = 0; i < lijsten.Count; i++)
        {
            blocks.AddRange(Blocks(lijsten[i], startsNewPage: i > 0));
        }

        if (lijsten.Count == 0)
        {
            blocks.Add(new ParagraphBlock("Er zijn geen kandidaten."));
        }

        var scholen = string.Join(", ", lijsten.Select(l => l.School).Distinct(StringComparer.Ordinal));
        return new DocumentText(title, $"Eindexamen vmbo basisberoepsgerichte leerweg{(scholen.Length > 0 ? " · " + scholen : "")}", blocks);
    }

    private static IEnumerable<DocumentBlock> Blocks(Cijferlijst lijst, bool startsNewPage)
    {
        yield return new HeadingBlock($"{lijst.Naam} ({lijst.Leerlingnummer})", 1, startsNewPage);
        yield return new ParagraphBlock($"{lijst.School} (BRIN {lijst.Brin})", "School:");
        yield return new ParagraphBlock($"{lijst.Naam}, geboren {Nl.Date(lijst.Geboortedatum)}, leerlingnummer {lijst.Leerlingnummer}", "Kandidaat:");
        yield return new ParagraphBlock(lijst.Diploma, "Diploma:");
        if (lijst.Profiel is { } profiel)
        {
            yield return new ParagraphBlock(profiel, "Profiel:");
        }

        yield return new HeadingBlock("Vakken", 2);
        yield return new TableBlock(["Vak", "SE", "CE", "Eindcijfer"], [.. lijst.Vakken.Select(v => Rij(v, metCe: true))]);

        yield return new HeadingBlock("Beroepsgerichte keuzevakken", 2);
        yield return new TableBlock(["Keuzevak", "SE", "Eindcijfer"],
            [.. lijst.Keuzevakken.Select(v => Rij(v, metCe: false)), ["Combinatiecijfer", "", Cijfer(lijst.Combinatiecijfer)]],
            HasTotalRow: true);
        yield return new ParagraphBlock(
            "Het combinatiecijfer is het gemiddelde van de eindcijfers van deze keuzevakken en telt als één eindcijfer "
            + "(UB WVO 2020 art. 3.35 lid 3 en 5).");

        yield return new ParagraphBlock(lijst.Rekenen switch
        {
            { } cijfer => $"{Nl.Number(cijfer)}; het cijfer telt niet mee voor de uitslag (UB WVO 2020 art. 10.3).",
            null when lijst.HeeftWiskunde => "geen schoolexamen rekenen nodig: examen in wiskunde (UB WVO 2020 art. 10.3).",
            null => "nog geen cijfer (UB WVO 2020 art. 10.3).",
        }, "Rekenen (schoolexamen):");

        yield return new ParagraphBlock(lijst.Uitslag.Label().ToLower(Nl.Culture), "Uitslag:");
        yield return lijst.Vastgesteld
            ? new ParagraphBlock(Nl.Date(lijst.UitslagDatum), "Datum van de uitslag:")
            : new ParagraphBlock($"nog niet vastgesteld; stand op {Nl.Date(lijst.UitslagDatum)}.", "Datum van de uitslag:");
    }

    private static IReadOnlyList<string> Rij(CijferlijstVak vak, bool metCe)
    {
        var naam = vak.IsExtra ? $"{vak.Naam} (extra vak)" : vak.Naam;
        var se = vak.Se is { } s ? Nl.Number(s) : "–";
        var eind = Cijfer(vak.Eindcijfer);
        return metCe ? [naam, se, vak.Ce is { } ce ? Nl.Number(ce) : vak.HeeftCe ? "–" : "", eind] : [naam, se, eind];
    }

    private static string Cijfer(int? cijfer) => cijfer?.ToString(Nl.Culture) ?? "–";
}
