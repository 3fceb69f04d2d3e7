using Leerwerk.Domain.Examens;

namespace Leerwerk.Domain.Tests.Examens;

public sealed class CijferTekstTests
{
    [Theory]
    [InlineData("6,4", VakSoort.Nederlands, VakCijfer.Se, "6.4")]
    [InlineData(" 7 ", VakSoort.Profielvak, VakCijfer.Ce, "7")]
    [InlineData("10,0", VakSoort.Engels, VakCijfer.CeHerkansing, "10.0")]
    [InlineData("1,0", VakSoort.Keuzevak, VakCijfer.Se, "1.0")]
    [InlineData("6,45", VakSoort.Maatschappijleer, VakCijfer.Se, "6.45")]
    [InlineData("", VakSoort.Nederlands, VakCijfer.Se, null)]
    public void Lees_ValidGrade_IsRead(string tekst, VakSoort soort, VakCijfer cijfer, string? expected)
    {
        var (waarde, fout) = CijferTekst.Lees(tekst, soort, cijfer);

        Assert.Null(fout);
        Assert.Equal(expected is null ? null : decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), waarde);
    }

    [Theory]
    [InlineData("zes", VakSoort.Nederlands, VakCijfer.Se, "‘zes’ is geen cijfer; schrijf bijvoorbeeld 6,4.")]
    [InlineData("0,9", VakSoort.Nederlands, VakCijfer.Ce, "0,9 ligt buiten 1,0–10,0.")]
    [InlineData("10,5", VakSoort.Nederlands, VakCijfer.Ce, "10,5 ligt buiten 1,0–10,0.")]
    [InlineData("6,45", VakSoort.Nederlands, VakCijfer.Se, "6,45 heeft meer dan één decimaal.")]
    [InlineData("6,455", VakSoort.Keuzevak, VakCijfer.Se, "6,455 heeft meer dan twee decimalen.")]
    [InlineData("-6", VakSoort.Nederlands, VakCijfer.Se, "‘-6’ is geen cijfer; schrijf bijvoorbeeld 6,4.")]
    [InlineData("6", VakSoort.Rekenen, VakCijfer.Ce, "dit vak heeft geen centraal examen, dus geen CE-cijfer.")]
    public void Lees_BadGrade_GivesTheDutchReason(string tekst, VakSoort soort, VakCijfer cijfer, string expected)
    {
        var (waarde, fout) = CijferTekst.Lees(tekst, soort, cijfer);

        Assert.Null(waarde);
        Assert.Equal(expected, fout);
    }

    [Fact]
    public void Grondslag_SameGradesWithAnotherScale_IsTheSame()
    {
        var a = new Kandidaat("1", UitslagRegeling.Lwt, [new KandidaatVak("Nederlands", VakSoort.Nederlands, VakDeel.Gemeenschappelijk, 6.5m, 7.0m)]);
        var b = new Kandidaat("1", UitslagRegeling.Lwt, [new KandidaatVak("Nederlands", VakSoort.Nederlands, VakDeel.Gemeenschappelijk, 6.50m, 7m)]);
        var c = new Kandidaat("1", UitslagRegeling.Lwt, [new KandidaatVak("Nederlands", VakSoort.Nederlands, VakDeel.Gemeenschappelijk, 6.5m, 7.1m)]);

        Assert.Equal(UitslagGrondslag.Van(a), UitslagGrondslag.Van(b));
        Assert.NotEqual(UitslagGrondslag.Van(a), UitslagGrondslag.Van(c));
        Assert.Equal("7.1", Assert.Single(UitslagGrondslag.Vakken(UitslagGrondslag.Van(c))).Ce);
    }
}
