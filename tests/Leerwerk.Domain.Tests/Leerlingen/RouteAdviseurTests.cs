using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Leerlingen.Routes;
using Leerwerk.Domain.Overeenkomsten;

namespace Leerwerk.Domain.Tests.Leerlingen;

public sealed class RouteAdviseurTests
{
    private static readonly DateOnly Day = new(2026, 11, 30);

    private static Samenwerkingsovereenkomst Agreement(SamenwerkingSoort soort, DateOnly? start = null, DateOnly? end = null)
    {
        var agreement = A.Samenwerking(start: start ?? new DateOnly(2024, 8, 1));
        agreement.Soort = soort;
        agreement.EndDate = end;
        return agreement;
    }

    private static RouteAdvies Advice(Leerling student, Leerroute route, DateOnly date, params Samenwerkingsovereenkomst[] agreements) =>
        RouteAdviseur.Adviseer(student, agreements, date, route);

    [Fact]
    public void Adviseer_ListsAllFourRoutesWithTheirConsequences()
    {
        var advice = RouteAdviseur.Adviseer(A.Leerling(), [], Day);

        Assert.Equal([Leerroute.RegulierBb, Leerroute.LeerWerktraject, Leerroute.DoorlopendeLeerroute, Leerroute.GeintegreerdeLeerroute], advice.Select(a => a.Route));
        Assert.Contains("Harde knip", advice[1].Beschrijving.Overgang, StringComparison.Ordinal);
        Assert.Contains("Zachte overgang", advice[2].Beschrijving.Overgang, StringComparison.Ordinal);
        Assert.Contains("entreeopleiding", advice[2].Beschrijving.Opmerking, StringComparison.Ordinal);
        Assert.Equal("Geen vmbo-diploma.", advice[3].Beschrijving.Diploma);
    }

    [Theory]
    [InlineData(Leerweg.Kb)]
    [InlineData(Leerweg.Gl)]
    [InlineData(Leerweg.Tl)]
    public void Lwt_OutsideBb_IsClosedByA1(Leerweg leerweg)
    {
        var advice = Advice(A.Leerling(leerweg: leerweg), Leerroute.LeerWerktraject, Day, Agreement(SamenwerkingSoort.LeerWerktraject));

        Assert.False(advice.IsOpen);
        var reason = Assert.Single(advice.Redenen, r => r.Sluit);
        Assert.Equal("A1", reason.RegelId);
        Assert.Contains("2.103", reason.Tekst, StringComparison.Ordinal);
    }

    [Fact]
    public void Lwt_InBovenbouwWithoutLwtAgreement_IsClosedByA3EvenWithOtherAgreements()
    {
        var advice = Advice(A.Leerling(leerjaar: 3), Leerroute.LeerWerktraject, Day,
            Agreement(SamenwerkingSoort.DoorlopendeLeerroute), Agreement(SamenwerkingSoort.GeintegreerdeLeerroute));

        Assert.False(advice.IsOpen);
        Assert.Equal("A3", Assert.Single(advice.Redenen, r => r.Sluit).RegelId);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(1, false)]
    public void Lwt_AgreementEndDate_OpenUpToAndIncludingTheLastDay(int daysAfterEnd, bool open)
    {
        var agreement = Agreement(SamenwerkingSoort.LeerWerktraject, end: Day);

        Assert.Equal(open, Advice(A.Leerling(), Leerroute.LeerWerktraject, Day.AddDays(daysAfterEnd), agreement).IsOpen);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)]
    public void Lwt_AgreementStartDate_OpenFromTheFirstDay(int daysFromStart, bool open)
    {
        var agreement = Agreement(SamenwerkingSoort.LeerWerktraject, start: Day);

        Assert.Equal(open, Advice(A.Leerling(), Leerroute.LeerWerktraject, Day.AddDays(daysFromStart), agreement).IsOpen);
    }

    /// <summary>B1 (MAG): no fixed start. In the onderbouw, at the start or during leerjaar 3, at the start of leerjaar 4.</summary>
    [Theory]
    [InlineData(1, "2026-09-01")]
    [InlineData(2, "2027-01-15")]
    [InlineData(3, "2026-08-24")]
    [InlineData(3, "2027-03-03")]
    [InlineData(4, "2026-08-24")]
    public void Lwt_AnyStartMoment_IsAllowed(int leerjaar, string start)
    {
        var advice = Advice(A.Leerling(leerjaar: leerjaar), Leerroute.LeerWerktraject, DateOnly.Parse(start, System.Globalization.CultureInfo.InvariantCulture),
            Agreement(SamenwerkingSoort.LeerWerktraject));

        Assert.True(advice.IsOpen);
        Assert.Contains(advice.Redenen, r => r.RegelId == "B1" && !r.Sluit);
    }

    [Fact]
    public void Lwt_InOnderbouwWithoutAgreement_IsOpenWithANoteAboutA3()
    {
        var advice = Advice(A.Leerling(leerjaar: 2), Leerroute.LeerWerktraject, Day);

        Assert.True(advice.IsOpen);
        Assert.Contains(advice.Redenen, r => r.RegelId == "A3" && r.Tekst.Contains("vanaf leerjaar 3", StringComparison.Ordinal));
    }

    [Fact]
    public void Lwt_AgreementWithMboWithoutBasisberoepsopleiding_IsClosed()
    {
        var agreement = A.Samenwerking(start: new DateOnly(2024, 8, 1), basisberoeps: false);

        Assert.False(Advice(A.Leerling(), Leerroute.LeerWerktraject, Day, agreement).IsOpen);
    }

    [Fact]
    public void Doorlopende_NeedsItsOwnAgreement_AnLwtAgreementIsNotEnough()
    {
        var student = A.Leerling(leerweg: Leerweg.Kb);

        Assert.False(Advice(student, Leerroute.DoorlopendeLeerroute, Day, Agreement(SamenwerkingSoort.LeerWerktraject)).IsOpen);
        Assert.True(Advice(student, Leerroute.DoorlopendeLeerroute, Day, Agreement(SamenwerkingSoort.DoorlopendeLeerroute)).IsOpen);
    }

    [Fact]
    public void Geintegreerde_OnlyInBbAndWithItsOwnAgreement()
    {
        var agreement = Agreement(SamenwerkingSoort.GeintegreerdeLeerroute);

        Assert.True(Advice(A.Leerling(), Leerroute.GeintegreerdeLeerroute, Day, agreement).IsOpen);
        Assert.False(Advice(A.Leerling(leerweg: Leerweg.Kb), Leerroute.GeintegreerdeLeerroute, Day, agreement).IsOpen);
        Assert.False(Advice(A.Leerling(), Leerroute.GeintegreerdeLeerroute, Day, Agreement(SamenwerkingSoort.DoorlopendeLeerroute)).IsOpen);
    }

    [Fact]
    public void RegulierBb_OnlyForBb()
    {
        Assert.True(Advice(A.Leerling(), Leerroute.RegulierBb, Day).IsOpen);
        Assert.False(Advice(A.Leerling(leerweg: Leerweg.Tl), Leerroute.RegulierBb, Day).IsOpen);
    }
}
