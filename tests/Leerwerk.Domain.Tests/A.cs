using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;

namespace Leerwerk.Domain.Tests;

/// <summary>Test data builders, valid by default: a minor LWT student in leerjaar 3 with a signed placement.</summary>
internal static class A
{
    public static readonly DateOnly SchoolYearStart = new(2026, 8, 24);

    public static Leerling Leerling(DateOnly? birthDate = null, Leerweg leerweg = Leerweg.Bb, int leerjaar = 3, string profiel = "ZW")
    {
        var student = new Leerling
        {
            SchoolId = 1,
            Leerlingnummer = "24001",
            FirstName = "Sanne",
            Tussenvoegsel = "de",
            LastName = "Vries",
            BirthDate = birthDate ?? new DateOnly(2011, 5, 12),
            Leerweg = leerweg,
            ProfielCode = profiel,
            Leerjaar = leerjaar,
        };
        student.Routes.Add(new RouteBesluit { Route = Leerroute.LeerWerktraject, StartDate = SchoolYearStart, DecidedBy = "Toelatingscommissie", ConsultedStudentAndParents = true });
        return student;
    }

    public static Samenwerkingsovereenkomst Samenwerking(DateOnly? start = null, DateOnly? noticeGivenOn = null, bool basisberoeps = true) => new()
    {
        SchoolId = 1,
        MboInstelling = new MboInstelling { SchoolId = 1, Name = "ROC Betuwe Vakcollege", BevoegdGezag = "Stichting ROC Betuwe", OffersBasisberoepsopleiding = basisberoeps },
        Soort = SamenwerkingSoort.LeerWerktraject,
        StartDate = start ?? new DateOnly(2019, 8, 1),
        NoticeGivenOn = noticeGivenOn,
        CoversDoorlopendeLeerweg = true,
    };

    public static Leerwerkovereenkomst Plaatsing(DateOnly? start = null, DateOnly? signedOn = null, params Partij[] signers)
    {
        var begin = start ?? SchoolYearStart.AddDays(14);
        var agreement = new Leerwerkovereenkomst
        {
            SchoolId = 1,
            Leerbedrijf = new Leerbedrijf { SchoolId = 1, Name = "Zorgcentrum De Linde", KvkNumber = "30100000" },
            StartDate = begin,
            EndDate = begin.AddMonths(10),
            Status = LeerwerkovereenkomstStatus.Actief,
        };
        var on = signedOn ?? begin.AddDays(-7);
        var parties = signers.Length > 0 ? signers : [Partij.BevoegdGezag, Partij.Leerbedrijf, Partij.Leerling, Partij.WettelijkVertegenwoordiger];
        agreement.Ondertekeningen.AddRange(parties.Select(p => new Ondertekening { Partij = p, SignerName = p.ToString(), SignedOn = on }));
        return agreement;
    }

    public static Dossier Dossier(Leerling? leerling = null, Samenwerkingsovereenkomst[]? samenwerking = null, params Leerwerkovereenkomst[] plaatsingen) => new()
    {
        Leerling = leerling ?? Leerling(),
        Samenwerkingsovereenkomsten = samenwerking ?? [Samenwerking()],
        Plaatsingen = plaatsingen,
    };
}
