using Leerwerk.Domain.Kalender;

namespace Leerwerk.Domain.Tests.Kalender;

public sealed class KalenderCsvTests
{
    [Fact]
    public void Lees_BothShapesWithHeader_ReadsEveryPeriod()
    {
        var (periodes, errors) = KalenderCsv.Lees("\uFEFFvan;tot;omschrijving\r\n17-10-2026;25-10-2026;Herfstvakantie\r\n2026-11-23;Studiedag\r\n", 2026);

        Assert.Empty(errors);
        Assert.Equal(2, periodes.Count);
        Assert.Equal(new DateOnly(2026, 10, 17), periodes[0].Van);
        Assert.Equal(new DateOnly(2026, 10, 25), periodes[0].Tot);
        Assert.Equal(new DateOnly(2026, 11, 23), periodes[1].Tot);
        Assert.Equal("Studiedag", periodes[1].Omschrijving);
    }

    [Fact]
    public void Lees_AnyBadRow_ReturnsNoPeriodsAndNamesLineAndColumn()
    {
        var (periodes, fouten) = KalenderCsv.Lees("17-10-2026;25-10-2026;Herfstvakantie\n31-02-2027;Studiedag\n25-10-2026;17-10-2026;Omgekeerd\n1-9-2027;Volgend jaar\nalleen tekst\n", 2026);
        var errors = fouten.Select(f => f.Tekst).ToList();

        Assert.Empty(periodes);
        Assert.Contains("Regel 2, kolom 1 (datum): '31-02-2027' is geen geldige datum (gebruik dd-mm-jjjj of jjjj-mm-dd).", errors);
        Assert.Contains(errors, e => e.StartsWith("Regel 3, kolom 2 (tot): 17 oktober 2026 ligt vóór 25 oktober 2026", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Regel 4: 1 september 2027 valt niet in schooljaar 2026-2027", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.StartsWith("Regel 5: verwacht", StringComparison.Ordinal));
        Assert.Equal(
            [(2, "datum", ImportFoutCode.DatumOngeldig), (3, "tot", ImportFoutCode.DatumVolgorde), (4, null, ImportFoutCode.BuitenSchooljaar), (5, null, ImportFoutCode.AantalKolommen)],
            fouten.Select(f => (f.Row, f.Column, f.Code)));
    }

    [Fact]
    public void Lees_Empty_IsAnError()
    {
        var (_, errors) = KalenderCsv.Lees("datum;omschrijving\n", 2026);

        var fout = Assert.Single(errors);
        Assert.Equal(("Het bestand bevat geen vakanties of vrije dagen.", ImportFoutCode.BestandZonderRegels), (fout.Tekst, fout.Code));
    }

    [Fact]
    public void Lees_QuotedDescriptionWithSemicolon_IsOneColumn()
    {
        var (periodes, errors) = KalenderCsv.Lees("van;tot;omschrijving\n17-10-2026;25-10-2026;\"Herfstvakantie; regio Midden\"\n", 2026);

        Assert.Empty(errors);
        Assert.Equal("Herfstvakantie; regio Midden", Assert.Single(periodes).Omschrijving);
    }
}
