using Leerwerk.Domain.Overeenkomsten;
using static Leerwerk.Domain.Overeenkomsten.LeerwerkovereenkomstStatus;

namespace Leerwerk.Domain.Tests.Overeenkomsten;

public sealed class LevensloopTests
{
    private static readonly DateTime At = new(2026, 11, 30, 10, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Apply_ConceptWithCompleteContent_GoesOutForSigningAndKeepsHistory()
    {
        var agreement = A.Plaatsing(signers: [Partij.BevoegdGezag]);
        agreement.Status = Concept;

        var result = Levensloop.Apply(agreement, A.Leerling(), TerOndertekening, "coordinator", At);

        Assert.True(result.IsAllowed);
        Assert.Equal(TerOndertekening, agreement.Status);
        var entry = Assert.Single(agreement.StatusGeschiedenis);
        Assert.Equal((Concept, TerOndertekening, "coordinator", At), (entry.From, entry.To, entry.ChangedBy, entry.ChangedAt));
    }

    [Fact]
    public void Apply_ConceptMissingMandatoryContent_IsRefusedWithTheE7PartsAndChangesNothing()
    {
        var agreement = A.Plaatsing();
        agreement.Status = Concept;
        agreement.Leerdoelen = null;
        agreement.Begeleiding = "";

        var result = Levensloop.Apply(agreement, A.Leerling(), TerOndertekening, "coordinator", At);

        Assert.False(result.IsAllowed);
        var reason = Assert.Single(result.Reasons);
        Assert.Contains("de leerdoelen, de begeleiding", reason, StringComparison.Ordinal);
        Assert.Contains("2.65", reason, StringComparison.Ordinal);
        Assert.Equal(Concept, agreement.Status);
        Assert.Empty(agreement.StatusGeschiedenis);
    }

    [Theory]
    [InlineData(Concept, Actief)]
    [InlineData(Concept, Getekend)]
    [InlineData(Actief, Concept)]
    [InlineData(Beeindigd, Actief)]
    [InlineData(Vervangen, Actief)]
    [InlineData(TerOndertekening, Vervangen)]
    public void Check_IllegalStep_IsRefusedInDutch(LeerwerkovereenkomstStatus from, LeerwerkovereenkomstStatus to)
    {
        var agreement = A.Plaatsing();
        agreement.Status = from;

        var result = Levensloop.Check(agreement, A.Leerling(), to, new Beeindiging(A.SchoolYearStart, "reden", A.Plaatsing()));

        Assert.False(result.IsAllowed);
        Assert.StartsWith("Een overeenkomst met status", Assert.Single(result.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Check_ActiefWithoutParentsForAMinor_IsRefusedNamingTheParents()
    {
        var agreement = A.Plaatsing(signers: [Partij.BevoegdGezag, Partij.Leerbedrijf, Partij.Leerling]);
        agreement.Status = Getekend;

        var result = Levensloop.Check(agreement, A.Leerling(), Actief);

        Assert.Contains("ouders of wettelijk vertegenwoordigers", Assert.Single(result.Reasons), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public void Check_StudentSignsOnOr1DayBefore18thBirthday_ParentsNeededOnlyForTheMinor(int daysFromBirthday, bool allowed)
    {
        var birth = new DateOnly(2008, 9, 1);
        var signedOn = birth.AddYears(18).AddDays(daysFromBirthday);
        var agreement = A.Plaatsing(start: signedOn.AddDays(7), signedOn: signedOn, Partij.BevoegdGezag, Partij.Leerbedrijf, Partij.Leerling);
        agreement.Status = TerOndertekening;

        var result = Levensloop.Check(agreement, A.Leerling(birthDate: birth), Getekend);

        Assert.Equal(allowed, result.IsAllowed);
    }

    [Fact]
    public void Apply_FullySignedThroughGetekendToActief_Succeeds()
    {
        var agreement = A.Plaatsing();
        agreement.Status = TerOndertekening;

        Assert.True(Levensloop.Apply(agreement, A.Leerling(), Getekend, "c", At).IsAllowed);
        Assert.True(Levensloop.Apply(agreement, A.Leerling(), Actief, "c", At).IsAllowed);

        Assert.Equal(Actief, agreement.Status);
        Assert.Equal([Getekend, Actief], agreement.StatusGeschiedenis.Select(h => h.To));
    }

    [Fact]
    public void Apply_EndWithoutReasonOrDate_IsRefusedWithBothReasons()
    {
        var agreement = A.Plaatsing();

        var result = Levensloop.Apply(agreement, A.Leerling(), Beeindigd, "c", At, new Beeindiging(null, " "));

        Assert.Equal(2, result.Reasons.Count);
        Assert.Equal(Actief, agreement.Status);
    }

    [Fact]
    public void Apply_EndWithReasonAndDate_RecordsBoth()
    {
        var agreement = A.Plaatsing();
        var on = agreement.StartDate.AddDays(30);

        var result = Levensloop.Apply(agreement, A.Leerling(), Beeindigd, "c", At, new Beeindiging(on, " Bedrijf gesloten "));

        Assert.True(result.IsAllowed);
        Assert.Equal((Beeindigd, on, "Bedrijf gesloten"), (agreement.Status, agreement.EndedOn, agreement.EndReason));
        Assert.Equal("Bedrijf gesloten", agreement.StatusGeschiedenis.Single().Reason);
    }

    [Fact]
    public void Apply_EndAfterTheEndDate_IsRefused()
    {
        var agreement = A.Plaatsing();

        var result = Levensloop.Apply(agreement, A.Leerling(), Beeindigd, "c", At, new Beeindiging(agreement.EndDate.AddDays(1), "reden"));

        Assert.Contains("na de einddatum", Assert.Single(result.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ReplaceWithoutReplacement_IsRefused()
    {
        var agreement = A.Plaatsing();

        var result = Levensloop.Apply(agreement, A.Leerling(), Vervangen, "c", At, new Beeindiging(agreement.StartDate, "Praktijkbegeleider vertrokken"));

        Assert.Contains("vervangende plaatsing", Assert.Single(result.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ReplaceByAnotherStudentsPlacement_IsRefused()
    {
        var agreement = A.Plaatsing();
        agreement.LeerlingId = 1;
        var other = A.Plaatsing();
        other.LeerlingId = 2;
        other.Status = Concept;

        var result = Levensloop.Apply(agreement, A.Leerling(), Vervangen, "c", At, new Beeindiging(agreement.StartDate, "oorzaak", other));

        Assert.Contains("dezelfde leerling", Assert.Single(result.Reasons), StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ReplaceWithCauseAndNewPlacement_LinksIt()
    {
        var agreement = A.Plaatsing();
        var replacement = A.Plaatsing();
        replacement.Status = Concept;

        var result = Levensloop.Apply(agreement, A.Leerling(), Vervangen, "c", At, new Beeindiging(agreement.StartDate.AddDays(40), "Bedrijf failliet", replacement));

        Assert.True(result.IsAllowed);
        Assert.Same(replacement, agreement.ReplacedBy);
        Assert.Equal((Vervangen, "Bedrijf failliet"), (agreement.Status, agreement.EndReason));
    }
}
