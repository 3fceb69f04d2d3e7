using System.Text;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Leerlingen.Import;

namespace Leerwerk.Domain.Tests.Leerlingen;

public sealed class LasImportTests
{
    private static readonly DateOnly Today = new(2026, 11, 30);

    private const string Header = "Leerlingnummer;Roepnaam;Tussenvoegsel;Achternaam;Geboortedatum;Leerweg;Leerjaar;Profiel;Klas;Mentor;Naam ouder;E-mail ouder;Telefoon ouder";

    private static LasLezing Read(params string[] rows) =>
        LasImport.Lees(LasCsv.LeesTekst(string.Join("\r\n", [Header, .. rows])), Today);

    [Fact]
    public void Lees_ValidRow_ReadsEveryField()
    {
        var lezing = Read("24001;Sanne;de;Vries;12-05-2011;BB;3;Z&W;3B1;D. Bakker;Ilse de Vries;ilse@example.nl;06-12345678");

        var student = Assert.Single(lezing.Leerlingen);
        Assert.Empty(lezing.Fouten);
        Assert.Equal("24001", student.Leerlingnummer);
        Assert.Equal("de", student.Tussenvoegsel);
        Assert.Equal(new DateOnly(2011, 5, 12), student.Geboortedatum);
        Assert.Equal(Leerweg.Bb, student.Leerweg);
        Assert.Equal(3, student.Leerjaar);
        Assert.Equal("ZW", student.ProfielCode);
        Assert.Equal("Ilse de Vries", student.OuderNaam);
        Assert.Equal("06-12345678", student.OuderTelefoon);
    }

    [Theory]
    [InlineData("LEERLINGNUMMER,VOORNAAM,ACHTERNAAM,Geb. datum,Niveau,Jaarlaag,Profielcode")]
    [InlineData("Stamnummer,voornaam,Geslachtsnaam,geboorte-datum,leerweg,leerjaar,profiel")]
    public void Lees_CommonHeaderVariantsAndCommas_AreRecognised(string header)
    {
        var tabel = LasCsv.LeesTekst(header + "\n24002,Daan,Jansen,01-02-2011,vmbo-b,\"3,0\",BWI\n");

        var lezing = LasImport.Lees(tabel, Today);

        var student = Assert.Single(lezing.Leerlingen);
        Assert.Equal("Daan", student.Roepnaam);
        Assert.Equal(3, student.Leerjaar);
        Assert.Equal("BWI", student.ProfielCode);
    }

    [Fact]
    public void Lees_MissingColumn_NamesTheColumnAndReadsNothing()
    {
        var tabel = LasCsv.LeesTekst("leerlingnummer;roepnaam;achternaam;leerweg;leerjaar;profiel\n24001;Sanne;Vries;BB;3;ZW");

        var lezing = LasImport.Lees(tabel, Today);

        Assert.Empty(lezing.Leerlingen);
        var fout = Assert.Single(lezing.Fouten);
        Assert.Equal(1, fout.Row);
        Assert.Equal("geboortedatum", fout.Column);
        Assert.Contains("ontbreekt", fout.Message, StringComparison.Ordinal);
        Assert.Equal(ImportFoutCode.KolomOntbreekt, fout.Code);
    }

    [Theory]
    [InlineData("31-02-2011", "geen geldige datum", ImportFoutCode.DatumOngeldig)]
    [InlineData("2011/05/12", "geen geldige datum", ImportFoutCode.DatumOngeldig)]
    [InlineData("12-05-2030", "toekomst", ImportFoutCode.GeboortedatumOnmogelijk)]
    [InlineData("12-05-2020", "tussen 10 en 25", ImportFoutCode.GeboortedatumOnmogelijk)]
    public void Lees_BadBirthDate_GivesRowColumnAndCode(string date, string message, string code)
    {
        var lezing = Read("24001;Sanne;de;Vries;12-05-2011;BB;3;ZW;;;;;", $"24002;Daan;;Jansen;{date};BB;3;ZW;;;;;");

        Assert.Empty(lezing.Leerlingen);
        var fout = Assert.Single(lezing.Fouten);
        Assert.Equal(3, fout.Row);
        Assert.Equal("geboortedatum", fout.Column);
        Assert.Contains(message, fout.Message, StringComparison.Ordinal);
        Assert.Equal(code, fout.Code);
    }

    [Theory]
    [InlineData(10, true)]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public void Lees_BirthDateAroundTenthBirthday_AcceptsFromTheBirthday(int daysBeforeToday, bool accepted)
    {
        var birth = Today.AddYears(-10).AddDays(-daysBeforeToday);

        var lezing = Read($"24001;Sanne;;Vries;{birth:dd-MM-yyyy};BB;1;;;;;;");

        Assert.Equal(accepted, lezing.IsGeldig);
    }

    [Fact]
    public void Lees_UnknownProfielAndLeerweg_AreNamed()
    {
        var lezing = Read("24001;Sanne;;Vries;12-05-2011;havo;3;XYZ;;;;;");

        Assert.Contains(lezing.Fouten, f => f is { Row: 2, Column: "leerweg" } && f.Message.Contains("'havo'", StringComparison.Ordinal));
        Assert.Contains(lezing.Fouten, f => f is { Row: 2, Column: "profiel" } && f.Message.Contains("'XYZ'", StringComparison.Ordinal));
    }

    [Fact]
    public void Lees_ProfielEmpty_AllowedInLeerjaar2ButNotInLeerjaar3()
    {
        Assert.True(Read("24001;Sanne;;Vries;12-05-2012;BB;2;;;;;;").IsGeldig);

        var fout = Assert.Single(Read("24001;Sanne;;Vries;12-05-2011;BB;3;;;;;;").Fouten);
        Assert.Equal("profiel", fout.Column);
    }

    [Fact]
    public void Lees_DuplicateLeerlingnummer_NamesBothRows()
    {
        var lezing = Read("24001;Sanne;;Vries;12-05-2011;BB;3;ZW;;;;;", "24001;Daan;;Jansen;01-02-2011;BB;3;ZW;;;;;");

        var fout = Assert.Single(lezing.Fouten);
        Assert.Equal(3, fout.Row);
        Assert.Equal("leerlingnummer", fout.Column);
        Assert.Contains("regel 2", fout.Message, StringComparison.Ordinal);
        Assert.Equal(ImportFoutCode.LeerlingnummerDubbel, fout.Code);
    }

    [Fact]
    public void Lees_EmptyRequiredField_EveryOneIsNamed()
    {
        var lezing = Read(";;;;;;;;;;;;x@example.nl");

        var kolommen = lezing.Fouten.Select(f => f.Column).ToList();
        Assert.Equal(["leerlingnummer", "roepnaam", "achternaam", "geboortedatum", "leerweg", "leerjaar", "naam ouder"], kolommen);
    }

    [Fact]
    public void LasCsv_Windows1252WithAccents_IsDetected()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        var bytes = Encoding.GetEncoding(1252).GetBytes("leerlingnummer;roepnaam;achternaam\r\n24001;Zoë;Hélène\r\n");

        var tabel = LasCsv.Lees(bytes);

        Assert.Equal(["24001", "Zoë", "Hélène"], tabel.Rijen.Single().Waarden);
    }

    [Fact]
    public void LasCsv_Utf8WithBomAndQuotedSeparators_IsRead()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("leerlingnummer;mentor\n24001;\"Bakker; D.\"\"\"\n\n")).ToArray();

        var tabel = LasCsv.Lees(bytes);

        Assert.Equal(["leerlingnummer", "mentor"], tabel.Kolommen);
        var rij = Assert.Single(tabel.Rijen);
        Assert.Equal(2, rij.Regel);
        Assert.Equal("Bakker; D.\"", rij.Waarden[1]);
    }

    [Fact]
    public void Lees_QuotedFieldsWithSemicolon_StayInTheirColumn()
    {
        var lezing = Read("24001;Sanne;de;Vries;12-05-2011;BB;3;ZW;3B1;\"Bakker; D.\";\"Ilse \"\"Ies\"\" de Vries; moeder\";ilse@example.nl;06-12345678");

        Assert.Empty(lezing.Fouten);
        var student = Assert.Single(lezing.Leerlingen);
        Assert.Equal(("Bakker; D.", "Ilse \"Ies\" de Vries; moeder", "ilse@example.nl"), (student.Mentor, student.OuderNaam, student.OuderEmail));
    }

    [Fact]
    public void Plan_ExistingStudent_ListsChangesPerFieldAndKeepsWhatTheFileLeavesEmpty()
    {
        var stored = new Leerling
        {
            SchoolId = 1,
            Leerlingnummer = "24001",
            FirstName = "Sanne",
            Tussenvoegsel = "de",
            LastName = "Vries",
            BirthDate = new DateOnly(2011, 5, 12),
            Leerweg = Leerweg.Bb,
            Leerjaar = 3,
            ProfielCode = "ZW",
            ClassName = "3B1",
            MentorName = "D. Bakker",
        };
        var lezing = Read("24001;Sanne;de;Vries;12-05-2011;BB;4;ZW;;;;;", "24002;Daan;;Jansen;01-02-2011;KB;3;BWI;3K1;;;;");

        var plan = LasImportPlan.Maak(lezing.Leerlingen, [stored]);

        Assert.Equal((1, 1, 0), (plan.Nieuw, plan.Gewijzigd, plan.Ongewijzigd));
        var change = Assert.Single(plan.Regels[0].Wijzigingen);
        Assert.Equal(new VeldWijziging("Leerjaar", "3", "4"), change);

        var added = plan.VoerUit(schoolId: 1);

        Assert.Equal(4, stored.Leerjaar);
        Assert.Equal("3B1", stored.ClassName);
        Assert.Equal("D. Bakker", stored.MentorName);
        var daan = Assert.Single(added);
        Assert.Equal(("24002", Leerweg.Kb, "3K1"), (daan.Leerlingnummer, daan.Leerweg, daan.ClassName));
    }

    [Fact]
    public void Plan_ParentInFile_UpdatesFirstParentOrAddsOne()
    {
        var stored = new Leerling { SchoolId = 1, Leerlingnummer = "24001", FirstName = "Sanne", LastName = "Vries", BirthDate = new DateOnly(2011, 5, 12), Leerjaar = 3, ProfielCode = "ZW" };
        var lezing = Read("24001;Sanne;;Vries;12-05-2011;BB;3;ZW;;;Ilse Vries;ilse@example.nl;");

        var plan = LasImportPlan.Maak(lezing.Leerlingen, [stored]);
        plan.VoerUit(1);

        Assert.Contains(plan.Regels[0].Wijzigingen, w => w == new VeldWijziging("Naam ouder", null, "Ilse Vries"));
        var ouder = Assert.Single(stored.Vertegenwoordigers);
        Assert.Equal(("Ilse Vries", "ilse@example.nl", 1), (ouder.Name, ouder.Email, ouder.SchoolId));
    }
}
