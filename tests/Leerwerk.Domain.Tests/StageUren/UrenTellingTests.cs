using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren;
using Leerwerk.Domain.StageUren.Rules;
using Leerwerk.Domain.StageUren.Telling;

namespace Leerwerk.Domain.Tests.StageUren;

public sealed class UrenTellingTests
{
    private static readonly DateOnly Start = new(2026, 9, 7);

    private static NietGeteldReden? Reden(Leerwerkovereenkomst plaatsing, StageUrenRegel regel) =>
        UrenTelling.Tel(A.Dossier(plaatsingen: plaatsing).WithUren(regel)).Single().Reden;

    [Fact]
    public void ApprovedHourInsideASignedRecognisedAgreement_Counts()
    {
        Assert.Null(Reden(A.Plaatsing(Start), A.Uur(Start)));
    }

    [Theory]
    [InlineData(UrenStatus.Ingevoerd, NietGeteldReden.NogNietGoedgekeurd)]
    [InlineData(UrenStatus.Afgekeurd, NietGeteldReden.Afgekeurd)]
    [InlineData(UrenStatus.Gecorrigeerd, NietGeteldReden.Gecorrigeerd)]
    public void NotApproved_DoesNotCount(UrenStatus status, NietGeteldReden reden)
    {
        Assert.Equal(reden, Reden(A.Plaatsing(Start), A.Uur(Start, status: status)));
    }

    [Fact]
    public void SignedOnThatDay_Counts_SignedTheDayAfter_IsE6()
    {
        Assert.Null(Reden(A.Plaatsing(Start, signedOn: Start), A.Uur(Start)));
        Assert.Equal(NietGeteldReden.NietOndertekend, Reden(A.Plaatsing(Start, signedOn: Start.AddDays(1)), A.Uur(Start)));
    }

    [Fact]
    public void MissingSignature_IsE6()
    {
        var plaatsing = A.Plaatsing(Start, null, Partij.BevoegdGezag, Partij.Leerbedrijf);

        Assert.Equal(NietGeteldReden.NietOndertekend, Reden(plaatsing, A.Uur(Start)));
    }

    [Fact]
    public void AgreementsLastDay_Counts_DayAfter_IsE4()
    {
        var plaatsing = A.Plaatsing(Start);

        Assert.Null(Reden(plaatsing, A.Uur(plaatsing.EndDate)));
        Assert.Equal(NietGeteldReden.BuitenPeriode, Reden(plaatsing, A.Uur(plaatsing.EndDate.AddDays(1))));
        Assert.Equal(NietGeteldReden.BuitenPeriode, Reden(plaatsing, A.Uur(Start.AddDays(-1))));
    }

    [Fact]
    public void EndedEarly_TheEndDateNoLongerCounts()
    {
        var plaatsing = A.Plaatsing(Start);
        plaatsing.EndedOn = new DateOnly(2026, 12, 1);

        Assert.Null(Reden(plaatsing, A.Uur(new DateOnly(2026, 11, 30))));
        Assert.Equal(NietGeteldReden.BuitenPeriode, Reden(plaatsing, A.Uur(new DateOnly(2026, 12, 1))));
    }

    [Fact]
    public void ErkenningWithdrawn_DayBeforeCounts_FromThatDayE5()
    {
        var withdrawn = new DateOnly(2026, 11, 2);
        var plaatsing = A.Plaatsing(Start);
        plaatsing.Leerbedrijf!.Erkenningen = [A.Erkenning(withdrawnOn: withdrawn)];

        Assert.Null(Reden(plaatsing, A.Uur(withdrawn.AddDays(-1))));
        Assert.Equal(NietGeteldReden.GeenErkenning, Reden(plaatsing, A.Uur(withdrawn)));
    }

    [Fact]
    public void ErkenningLapsesAfterFourYears_OnTheDueDateE5()
    {
        var plaatsing = A.Plaatsing(Start);
        plaatsing.Leerbedrijf!.Erkenningen = [A.Erkenning(grantedOn: new DateOnly(2022, 11, 2))];

        Assert.Null(Reden(plaatsing, A.Uur(new DateOnly(2026, 11, 1))));
        Assert.Equal(NietGeteldReden.GeenErkenning, Reden(plaatsing, A.Uur(new DateOnly(2026, 11, 2))));
    }

    [Fact]
    public void ErkenningForAnotherProfiel_IsE5()
    {
        var plaatsing = A.Plaatsing(Start);
        plaatsing.Leerbedrijf!.Erkenningen = [A.Erkenning(profiel: "BWI")];

        Assert.Equal(NietGeteldReden.GeenErkenning, Reden(plaatsing, A.Uur(Start)));
    }

    [Fact]
    public void HourUnderAnUnknownAgreement_IsE4()
    {
        Assert.Equal(NietGeteldReden.GeenOvereenkomst, Reden(A.Plaatsing(Start), A.Uur(Start, plaatsingId: 99)));
    }

    [Fact]
    public void NietGetelddeUren_GivesOneFindingPerReasonWithFinerIdAndCitation()
    {
        var plaatsing = A.Plaatsing(Start);
        var dossier = A.Dossier(plaatsingen: plaatsing).WithUren(
            A.Uur(Start), A.Uur(Start.AddDays(-2)), A.Uur(Start.AddDays(-1)), A.Uur(Start, plaatsingId: 7), A.Uur(Start.AddDays(1), status: UrenStatus.Ingevoerd));

        var findings = new NietGetelddeUren().Evaluate(dossier, Start).ToList();

        Assert.Equal(2, findings.Count);
        Assert.All(findings, f => Assert.Equal("E4", f.RuleId));
        var e4 = findings[0];
        Assert.Contains("niet ingevoerd onder een leer-werkovereenkomst", e4.Message, StringComparison.Ordinal);
        e4 = findings[1];
        Assert.True(e4.IsBlocking);
        Assert.Contains("16 goedgekeurde stage-uren op 2 dagen tussen 5 september 2026 en 6 september 2026", e4.Message, StringComparison.Ordinal);
        Assert.StartsWith("Brochure", e4.Citation.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void NietGetelddeUren_E5AndE6_UseFinerIds()
    {
        var plaatsing = A.Plaatsing(Start, signedOn: Start.AddDays(3));
        plaatsing.Leerbedrijf!.Erkenningen = [A.Erkenning(withdrawnOn: Start.AddDays(10))];
        var dossier = A.Dossier(plaatsingen: plaatsing).WithUren(A.Uur(Start), A.Uur(Start.AddDays(10)));

        var ids = new NietGetelddeUren().Evaluate(dossier, Start).Select(f => f.RuleId).ToList();

        Assert.Equal(["E6-UREN", "E5-UREN"], ids);
    }

    [Fact]
    public void E1_CountsOnlyCountedHours()
    {
        var plaatsing = A.Plaatsing(Start, signedOn: Start.AddDays(30));
        var dossier = A.Dossier(A.Leerling(leerjaar: 4), plaatsingen: plaatsing).WithUren(A.Uren(700m, 90));

        Assert.True(StageUrenTotaal.Of(dossier).Days < 90);
    }
}
