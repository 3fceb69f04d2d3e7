using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Rules;
using static Leerwerk.Domain.Overeenkomsten.LeerwerkovereenkomstStatus;

namespace Leerwerk.Domain.Tests.Overeenkomsten;

public sealed class LevensloopTests
{
    private static readonly DateTime At = new(2026, 11, 30, 10, 0, 0, DateTimeKind.Utc);

    private static readonly DateOnly Day = DateOnly.FromDateTime(At);

    [Fact]
    public void Apply_ConceptWithCompleteContent_GoesOutForSigningAndKeepsHistory()
    {
        var agreement = A.Plaatsing(signers: [Partij.BevoegdGezag]);
        Levensloop.Restore(agreement, Concept);

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
        Levensloop.Restore(agreement, Concept);
        agreement.Leerdoelen = null;
        agreement.Begeleiding = "";

        var result = Levensloop.Apply(agreement, A.Leerling(), TerOndertekening, "coordinator", At);

        Assert.False(result.IsAllowed);
        var reason = Assert.Single(result.Refusals);
        Assert.Contains("de leerdoelen, de begeleiding", reason.Message, StringComparison.Ordinal);
        Assert.Equal((LevensloopCode.InhoudOnvolledig, RuleKind.Moet, Severity.Error), (reason.RuleId, reason.Kind, reason.Severity));
        Assert.Equal(RuleCatalog.Get("E7").Citation, reason.Citation);
        Assert.Contains("2.65", reason.Citation.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("2.65", reason.Message, StringComparison.Ordinal);
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
        Levensloop.Restore(agreement, from);

        var result = Levensloop.Check(agreement, A.Leerling(), to, Day, new Beeindiging(A.SchoolYearStart, "reden", A.Plaatsing()));

        Assert.False(result.IsAllowed);
        var refusal = Assert.Single(result.Refusals);
        Assert.StartsWith("Een overeenkomst met status", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(LevensloopCode.GeenStap, refusal.RuleId);
    }

    [Fact]
    public void Check_ActiefWithoutParentsForAMinor_IsRefusedNamingTheParents()
    {
        var agreement = A.Plaatsing(signers: [Partij.BevoegdGezag, Partij.Leerbedrijf, Partij.Leerling]);
        Levensloop.Restore(agreement, Getekend);

        var result = Levensloop.Check(agreement, A.Leerling(), Actief, Day);

        var refusal = Assert.Single(result.Refusals);
        Assert.Contains("ouders of wettelijk vertegenwoordigers", refusal.Message, StringComparison.Ordinal);
        Assert.Equal((LevensloopCode.NietGetekend, RuleCatalog.Get("E6").Citation), (refusal.RuleId, refusal.Citation));
    }

    [Theory]
    [InlineData(0, true)]
    [InlineData(-1, false)]
    public void Check_StudentSignsOnOr1DayBefore18thBirthday_ParentsNeededOnlyForTheMinor(int daysFromBirthday, bool allowed)
    {
        var birth = new DateOnly(2008, 9, 1);
        var signedOn = birth.AddYears(18).AddDays(daysFromBirthday);
        var agreement = A.Plaatsing(start: signedOn.AddDays(7), signedOn: signedOn, Partij.BevoegdGezag, Partij.Leerbedrijf, Partij.Leerling);
        Levensloop.Restore(agreement, TerOndertekening);

        var result = Levensloop.Check(agreement, A.Leerling(birthDate: birth), Getekend, Day);

        Assert.Equal(allowed, result.IsAllowed);
    }

    [Fact]
    public void Apply_FullySignedThroughGetekendToActief_Succeeds()
    {
        var agreement = A.Plaatsing();
        Levensloop.Restore(agreement, TerOndertekening);

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

        Assert.Equal([LevensloopCode.EindeReden, LevensloopCode.EindeDatum], result.Refusals.Select(r => r.RuleId));
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

        var refusal = Assert.Single(result.Refusals);
        Assert.Contains("na de einddatum", refusal.Message, StringComparison.Ordinal);
        Assert.Equal(LevensloopCode.EindeDatum, refusal.RuleId);
    }

    [Fact]
    public void Apply_ReplaceWithoutReplacement_IsRefused()
    {
        var agreement = A.Plaatsing();

        var result = Levensloop.Apply(agreement, A.Leerling(), Vervangen, "c", At, new Beeindiging(agreement.StartDate, "Praktijkbegeleider vertrokken"));

        var refusal = Assert.Single(result.Refusals);
        Assert.Contains("vervangende plaatsing", refusal.Message, StringComparison.Ordinal);
        Assert.Equal((LevensloopCode.Vervanger, RuleCatalog.Get("E11", Day).Citation), (refusal.RuleId, refusal.Citation));
    }

    [Fact]
    public void Apply_ReplaceByAnotherStudentsPlacement_IsRefused()
    {
        var agreement = A.Plaatsing();
        agreement.LeerlingId = 1;
        var other = A.Plaatsing();
        other.LeerlingId = 2;
        Levensloop.Restore(other, Concept);

        var result = Levensloop.Apply(agreement, A.Leerling(), Vervangen, "c", At, new Beeindiging(agreement.StartDate, "oorzaak", other));

        Assert.Contains("dezelfde leerling", Assert.Single(result.Refusals).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Apply_ReplaceWithCauseAndNewPlacement_LinksIt()
    {
        var agreement = A.Plaatsing();
        var replacement = A.Plaatsing();
        Levensloop.Restore(replacement, Concept);

        var result = Levensloop.Apply(agreement, A.Leerling(), Vervangen, "c", At, new Beeindiging(agreement.StartDate.AddDays(40), "Bedrijf failliet", replacement));

        Assert.True(result.IsAllowed);
        Assert.Same(replacement, agreement.ReplacedBy);
        Assert.Equal((Vervangen, "Bedrijf failliet"), (agreement.Status, agreement.EndReason));
    }

    [Fact]
    public void Apply_NewAgreementThroughEveryStep_IsAConceptFirstAndEndsWithTheWholeHistory()
    {
        var student = A.Leerling();
        var agreement = A.Plaatsing(signers: [Partij.BevoegdGezag]);
        var fresh = new Leerwerkovereenkomst();

        Assert.Equal(Concept, fresh.Status);
        Levensloop.Restore(agreement, Concept);
        Assert.True(Levensloop.Apply(agreement, student, TerOndertekening, "c", At).IsAllowed);
        Assert.True(Levensloop.Apply(agreement, student, Concept, "c", At).IsAllowed);
        Assert.True(Levensloop.Apply(agreement, student, TerOndertekening, "c", At).IsAllowed);
        agreement.Ondertekeningen.AddRange(new[] { Partij.Leerbedrijf, Partij.WettelijkVertegenwoordiger }.Select(p => new Ondertekening { Partij = p, SignerName = p.ToString(), SignedOn = Day }));
        Assert.True(Levensloop.Apply(agreement, student, Getekend, "c", At).IsAllowed);
        Assert.True(Levensloop.Apply(agreement, student, Actief, "c", At).IsAllowed);
        Assert.True(Levensloop.Apply(agreement, student, Beeindigd, "c", At, new Beeindiging(agreement.EndDate, "Einde schooljaar")).IsAllowed);

        Assert.Equal([TerOndertekening, Concept, TerOndertekening, Getekend, Actief, Beeindigd], agreement.StatusGeschiedenis.Select(h => h.To));
        Assert.Empty(Levensloop.Next(agreement.Status));
    }

    [Fact]
    public void Apply_TerOndertekeningToGetekendWithoutSignatures_IsRefusedWithAFindingPerCodeAndChangesNothing()
    {
        var agreement = A.Plaatsing(signers: [Partij.BevoegdGezag]);
        Levensloop.Restore(agreement, TerOndertekening);

        var result = Levensloop.Apply(agreement, A.Leerling(), Getekend, "c", At);

        var refusal = Assert.Single(result.Refusals);
        Assert.Equal((LevensloopCode.NietGetekend, "Leerling 24001 (Sanne de Vries)"), (refusal.RuleId, refusal.Subject));
        Assert.True(refusal.IsBlocking);
        Assert.Equal(TerOndertekening, agreement.Status);
        Assert.Empty(agreement.StatusGeschiedenis);
    }

    [Fact]
    public void Restore_GivesTheRecordedStatusWithoutHistory()
    {
        var agreement = A.Plaatsing(signers: [Partij.BevoegdGezag]);

        Levensloop.Restore(agreement, Vervangen);

        Assert.Equal(Vervangen, agreement.Status);
        Assert.Empty(agreement.StatusGeschiedenis);
    }

    [Fact]
    public void Vervang_WithCauseCompanyAndStart_MakesAConceptCopyAtTheNewCompanyAndReplacesTheOldOne()
    {
        var agreement = A.Plaatsing();
        agreement.LeerlingId = 7;
        var company = new Leerbedrijf { Id = 12, SchoolId = 1, Name = "Bakkerij Brood", KvkNumber = "30200000" };
        var start = agreement.StartDate.AddDays(45);

        var result = Levensloop.Vervang(agreement, A.Leerling(), new Vervanging(start.AddDays(-3), " Bedrijf failliet ", company, start), "c", At);

        Assert.True(result.IsAllowed);
        var replacement = Assert.IsType<Leerwerkovereenkomst>(result.Replacement);
        Assert.Equal((Concept, 7, 12, start, agreement.EndDate), (replacement.Status, replacement.LeerlingId, replacement.LeerbedrijfId, replacement.StartDate, replacement.EndDate));
        Assert.Equal((agreement.Inhoud, agreement.PlannedHours), (replacement.Inhoud, replacement.PlannedHours));
        Assert.Empty(replacement.Ondertekeningen);
        Assert.Equal((Vervangen, start.AddDays(-3), "Bedrijf failliet"), (agreement.Status, agreement.EndedOn, agreement.EndReason));
        Assert.Same(replacement, agreement.ReplacedBy);
        Assert.Equal(Vervangen, agreement.StatusGeschiedenis.Single().To);
    }

    [Fact]
    public void Vervang_WithoutCompanyStartOrCause_IsRefusedWithEveryCodeAndMakesNothing()
    {
        var agreement = A.Plaatsing();

        var result = Levensloop.Vervang(agreement, A.Leerling(), new Vervanging(agreement.StartDate, null, null, null), "c", At);

        Assert.False(result.IsAllowed);
        Assert.Null(result.Replacement);
        Assert.Equal([LevensloopCode.VervangLeerbedrijf, LevensloopCode.VervangStart, LevensloopCode.VervangOorzaak], result.Overgang.Refusals.Select(r => r.RuleId));
        Assert.All(result.Overgang.Refusals, r => Assert.Equal(RuleCatalog.Get("E11", Day).Citation, r.Citation));
        Assert.Equal((Actief, (Leerwerkovereenkomst?)null), (agreement.Status, agreement.ReplacedBy));
        Assert.Empty(agreement.StatusGeschiedenis);
    }

    [Fact]
    public void Vervang_NewStartAfterTheOldEndDate_IsRefused()
    {
        var agreement = A.Plaatsing();
        var company = new Leerbedrijf { Id = 12, SchoolId = 1, Name = "Bakkerij Brood", KvkNumber = "30200000" };

        var result = Levensloop.Vervang(agreement, A.Leerling(), new Vervanging(agreement.StartDate, "oorzaak", company, agreement.EndDate.AddDays(1)), "c", At);

        var refusal = Assert.Single(result.Overgang.Refusals);
        Assert.Equal(LevensloopCode.VervangStart, refusal.RuleId);
        Assert.Contains("vóór de einddatum", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Vervang_AConcept_IsRefusedAsNoSuchStep()
    {
        var agreement = A.Plaatsing();
        Levensloop.Restore(agreement, Concept);
        var company = new Leerbedrijf { Id = 12, SchoolId = 1, Name = "Bakkerij Brood", KvkNumber = "30200000" };

        var result = Levensloop.Vervang(agreement, A.Leerling(), new Vervanging(agreement.StartDate, "oorzaak", company, agreement.StartDate), "c", At);

        Assert.Equal(LevensloopCode.GeenStap, Assert.Single(result.Overgang.Refusals).RuleId);
        Assert.Equal(Concept, agreement.Status);
    }
}
