using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren;

namespace Leerwerk.Domain.Tests.StageUren;

public sealed class GoedkeuringslinkTests
{
    private static readonly DateTime Now = new(2026, 11, 30, 10, 0, 0, DateTimeKind.Utc);

    private static Leerwerkovereenkomst Agreement() => new() { SchoolId = 1, StartDate = new DateOnly(2026, 9, 1), EndDate = new DateOnly(2027, 6, 30) };

    [Fact]
    public void Issue_StoresOnlyTheSha256OfA256BitBase64UrlToken()
    {
        var agreement = Agreement();

        var token = Goedkeuringslink.Issue(agreement, Now);

        Assert.Equal(43, token.Length);
        Assert.Matches("^[A-Za-z0-9_-]{43}$", token);
        Assert.True(Goedkeuringslink.IsWellFormed(token));
        Assert.Equal(64, agreement.ApprovalTokenHash!.Length);
        Assert.DoesNotContain(token, agreement.ApprovalTokenHash, StringComparison.Ordinal);
        Assert.Equal(Goedkeuringslink.Hash(token), agreement.ApprovalTokenHash);
        Assert.Equal(Now, agreement.ApprovalTokenIssuedAt);
        Assert.NotEqual(token, Goedkeuringslink.Issue(Agreement(), Now));
    }

    [Fact]
    public void StateOf_ValidUntilEndDatePlus30Days_ThenExpired()
    {
        var agreement = Agreement();
        var token = Goedkeuringslink.Issue(agreement, Now);

        Assert.Equal(new DateOnly(2027, 7, 30), Goedkeuringslink.ValidUntil(agreement));
        Assert.Equal(GoedkeuringslinkState.Geldig, Goedkeuringslink.StateOf(agreement, token, new DateOnly(2027, 7, 30)));
        Assert.Equal(GoedkeuringslinkState.Verlopen, Goedkeuringslink.StateOf(agreement, token, new DateOnly(2027, 7, 31)));
    }

    [Fact]
    public void Revoke_ThenOldTokenIsRevoked_ReissueMakesItUnknown()
    {
        var agreement = Agreement();
        var old = Goedkeuringslink.Issue(agreement, Now);

        Goedkeuringslink.Revoke(agreement, Now);
        Assert.Equal(GoedkeuringslinkState.Ingetrokken, Goedkeuringslink.StateOf(agreement, old, new DateOnly(2026, 12, 1)));

        var fresh = Goedkeuringslink.Issue(agreement, Now.AddDays(1));
        Assert.Equal(GoedkeuringslinkState.Onbekend, Goedkeuringslink.StateOf(agreement, old, new DateOnly(2026, 12, 1)));
        Assert.Equal(GoedkeuringslinkState.Geldig, Goedkeuringslink.StateOf(agreement, fresh, new DateOnly(2026, 12, 1)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("kort")]
    [InlineData("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!")]
    public void StateOf_MalformedOrNoAgreement_IsUnknown(string token)
    {
        Assert.False(Goedkeuringslink.IsWellFormed(token));
        Assert.Equal(GoedkeuringslinkState.Onbekend, Goedkeuringslink.StateOf(null, token, new DateOnly(2026, 12, 1)));
    }
}
