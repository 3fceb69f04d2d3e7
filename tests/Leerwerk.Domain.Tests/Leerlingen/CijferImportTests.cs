using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Leerlingen.Import;

namespace Leerwerk.Domain.Tests.Leerlingen;

public sealed class CijferImportTests
{
    private const string Header = "leerlingnummer;vakcode;se;ce;ce_herkansing";

    private static readonly Dictionary<string, VakCode> Codes = new(StringComparer.Ordinal)
    {
        ["NE"] = new VakCode { Code = "NE", Name = "Nederlands", Soort = VakSoort.Nederlands, Deel = VakDeel.Gemeenschappelijk },
        ["K1"] = new VakCode { Code = "K1", Name = "Groen ontwerp", Soort = VakSoort.Keuzevak, Deel = VakDeel.Vrij },
    };

    private static readonly HashSet<string> Nummers = new(["24001", "24002"], StringComparer.Ordinal);

    private static CijferLezing Read(params string[] rows) =>
        CijferImport.Lees(LasCsv.LeesTekst(string.Join("\r\n", [Header, .. rows])), Nummers, Codes);

    [Fact]
    public void Lees_ValidRows_ReadsGradesWithDecimalCommasAndEmptyCellsAsNone()
    {
        var lezing = Read("24001;ne;6,4;5.8;", "24001;K1;6,45;;");

        Assert.Empty(lezing.Fouten);
        Assert.Equal(2, lezing.Regels.Count);
        Assert.Equal((6.4m, 5.8m, (decimal?)null), (lezing.Regels[0].Se, lezing.Regels[0].Ce, lezing.Regels[0].CeHerkansing));
        Assert.Equal("Nederlands", lezing.Regels[0].Vak.Name);
        Assert.Equal(6.45m, lezing.Regels[1].Se);
    }

    [Theory]
    [InlineData("24001;ne;zes;;", "se", ImportFoutCode.CijferOngeldig, "‘zes’ is geen cijfer")]
    [InlineData("24001;ne;;10,5;", "ce", ImportFoutCode.CijferOngeldig, "10,5 ligt buiten 1,0–10,0")]
    [InlineData("24001;ne;6,45;;", "se", ImportFoutCode.CijferOngeldig, "6,45 heeft meer dan één decimaal")]
    [InlineData("24001;K1;6,455;;", "se", ImportFoutCode.CijferOngeldig, "6,455 heeft meer dan twee decimalen")]
    [InlineData("24001;K1;6;7;", "ce", ImportFoutCode.CijferOngeldig, "geen centraal examen")]
    [InlineData("24001;wi;6;;", "vakcode", ImportFoutCode.VakcodeOnbekend, "‘wi’ is niet gekoppeld")]
    [InlineData("99999;ne;6;;", "leerlingnummer", ImportFoutCode.LeerlingOnbekend, "geen leerling met leerlingnummer 99999")]
    public void Lees_BadCell_NamesRowAndColumnAndReadsNothing(string row, string column, string code, string message)
    {
        var lezing = Read("24002;ne;6,0;;", row);

        Assert.Empty(lezing.Regels);
        var fout = Assert.Single(lezing.Fouten);
        Assert.Equal((3, column, code), (fout.Row, fout.Column, fout.Code));
        Assert.Contains(message, fout.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Lees_SameStudentAndSubjectTwice_IsRefused()
    {
        var lezing = Read("24001;ne;6;;", "24001;NE;7;;");

        var fout = Assert.Single(lezing.Fouten);
        Assert.Equal((3, ImportFoutCode.VakDubbel), (fout.Row, fout.Code));
    }

    [Fact]
    public void Lees_MissingColumns_AreNamed()
    {
        var lezing = CijferImport.Lees(LasCsv.LeesTekst("stamnummer;cijfer\r\n24001;6"), Nummers, Codes);

        Assert.Equal(new[] { "vakcode", "se" }, lezing.Fouten.Select(f => f.Column));
        Assert.All(lezing.Fouten, f => Assert.Equal(ImportFoutCode.KolomOntbreekt, f.Code));
    }

    [Fact]
    public void Plan_NewSubjectAndChangedGrade_AddsTheSubjectAndRecordsWhoAndWhen()
    {
        var student = new Leerling { Id = 7, SchoolId = 3, Leerlingnummer = "24001", FirstName = "Sanne", LastName = "Vries" };
        student.Vakken.Add(new Vak { Id = 1, SchoolId = 3, Name = "Nederlands", Soort = VakSoort.Nederlands, Se = 6.4m });
        var lezing = Read("24001;ne;6,4;5,8;", "24001;k1;7;;");

        var plan = CijferImportPlan.Maak(lezing.Regels, new Dictionary<string, Leerling> { ["24001"] = student });
        plan.VoerUit(new DateOnly(2027, 6, 1), "examensecretaris");

        Assert.Equal(new (VakCijfer, decimal?, decimal)[] { (VakCijfer.Ce, null, 5.8m), (VakCijfer.Se, null, 7m) }, plan.Wijzigingen.Select(w => (w.Cijfer, w.Oud, w.Nieuw)));
        Assert.Equal(1, plan.NieuweVakken);
        var nederlands = student.Vakken[0];
        Assert.Equal((6.4m, 5.8m), (nederlands.Se, nederlands.Ce));
        Assert.Null(nederlands.SeRecordedOn);
        Assert.Equal((new DateOnly(2027, 6, 1), "examensecretaris"), (nederlands.CeRecordedOn, nederlands.CeRecordedBy));
        var keuzevak = student.Vakken[1];
        Assert.Equal(("Groen ontwerp", VakSoort.Keuzevak, VakDeel.Vrij, 7m), (keuzevak.Name, keuzevak.Soort, keuzevak.Deel, keuzevak.Se));
    }
}
