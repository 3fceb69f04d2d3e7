using System.Net;
using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Data.Avg;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.Web.Ondertekenen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Ondertekenen;

/// <summary>
/// Signing links (issue #16): going "ter ondertekening" mails each signer a personal link; the link shows the text, a
/// GET changes nothing, signing needs the name, the tick and the mailed code; the last signature makes the agreement
/// getekend; every bad link gets the same Dutch refusal.
/// </summary>
public sealed partial class OndertekenenTests(TekenAppFactory factory) : IClassFixture<TekenAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Refusal = "Deze link is onjuist, verlopen, ingetrokken of al gebruikt.";

    [GeneratedRegex("/ondertekenen/([A-Za-z0-9_-]{43})")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("^Uw code: ([0-9]{6})$")]
    private static partial Regex CodePattern();

    [Fact]
    public async Task TerOndertekening_MailsFourLinks_AndEachSignsWithItsCode_TheLastMakesItGetekend()
    {
        var placement = await Arrange.SigningPlacementAsync(factory);
        await SendForSigningAsync(placement.AgreementId);

        var mails = await LinkMailsAsync(placement);
        Assert.Equal(
            new[] { Arrange.SignatoryEmail, placement.ParentEmail!, placement.StudentEmail, placement.SupervisorEmail }.Order(StringComparer.Ordinal),
            mails.Select(m => m.Address).Order(StringComparer.Ordinal));
        await using (var db = factory.CreateSystemDbContext())
        {
            var links = await db.Ondertekeningslinks.Where(l => l.LeerwerkovereenkomstId == placement.AgreementId).ToListAsync(Ct);
            Assert.Equal(4, links.Count);
            // Only the hash is stored, never the token of a mail.
            Assert.All(mails, m => Assert.Contains(links, l => l.TokenHash == Tekenlink.Hash(m.Token)));
            Assert.All(links, l => Assert.Equal(14, (l.ExpiresAt - l.IssuedAt).Days));
        }

        var names = new Dictionary<string, string>();
        foreach (var (address, token) in mails)
        {
            names[address] = $"Ondertekenaar {address.Split('@')[0]}";
            Assert.Equal(HttpStatusCode.OK, await SignAsync(token, names[address]));
        }

        await using var check = factory.CreateSystemDbContext();
        var agreement = await check.Leerwerkovereenkomsten.Include(o => o.Ondertekeningen).Include(o => o.StatusGeschiedenis)
            .SingleAsync(o => o.Id == placement.AgreementId, Ct);
        Assert.Equal(LeerwerkovereenkomstStatus.Getekend, agreement.Status);
        Assert.Equal(4, agreement.Ondertekeningen.Count);
        Assert.All(agreement.Ondertekeningen, s => Assert.True(s.IsElectronic));
        Assert.Equal([Partij.BevoegdGezag, Partij.Leerling, Partij.WettelijkVertegenwoordiger, Partij.Leerbedrijf],
            agreement.Ondertekeningen.Select(s => s.Partij).Order());
        Assert.Equal(names.Values.Order(StringComparer.Ordinal), agreement.Ondertekeningen.Select(s => s.SignerName).Order(StringComparer.Ordinal));
        var last = agreement.StatusGeschiedenis.OrderBy(h => h.ChangedAt).ThenBy(h => h.Id).Last();
        Assert.Equal(LeerwerkovereenkomstStatus.Getekend, last.To);
        Assert.Contains("via ondertekeningslink", last.ChangedBy, StringComparison.Ordinal);
        Assert.True(await check.Audit.AnyAsync(a => a.EntityType == "Ondertekening" && a.UserName.Contains("via ondertekeningslink"), Ct));

        // A used link opens nothing any more.
        using var anonymous = TestClient.Create(factory);
        var (response, page) = await anonymous.GetPageAsync($"/ondertekenen/{mails[0].Token}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(Refusal, page.QuerySelector("#link-fout")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StoredHash_IsTheSha256OfTheTextShown_AndTheIpIsRecorded()
    {
        var placement = await Arrange.SigningPlacementAsync(factory);
        await SendForSigningAsync(placement.AgreementId);
        var (_, token) = (await LinkMailsAsync(placement))[0];
        using var anonymous = TestClient.Create(factory);
        var (_, page) = await anonymous.GetPageAsync($"/ondertekenen/{token}");
        var shown = page.QuerySelector("#tekst-hash")!.TextContent;
        Assert.Contains("Artikel 1. Inhoud van de stage", page.QuerySelector("#overeenkomst")!.TextContent, StringComparison.Ordinal);

        Assert.Equal(HttpStatusCode.OK, await SignAsync(token, "Jan de Tekenaar", forwardedFor: "198.51.100.77"));

        await using var db = factory.CreateSystemDbContext();
        var agreement = await Tekenlinks.LoadAsync(db, placement.AgreementId, Ct);
        var school = await db.Scholen.SingleAsync(s => s.Id == placement.SchoolId, Ct);
        var plain = Tekentekst.Plain(Tekentekst.Of(agreement!, school));
        Assert.Contains("Meewerken in de keuken.", plain, StringComparison.Ordinal);
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plain)));
        var signature = Assert.Single(agreement!.Ondertekeningen);
        Assert.Equal((expected, expected), (signature.TextHash, shown));
        Assert.Equal("198.51.100.77", signature.IpAddress);
        Assert.Equal(LeerwerkovereenkomstStatus.TerOndertekening, agreement.Status);
    }

    [Fact]
    public async Task Get_ChangesNothing_AndSigningNeedsTheCode()
    {
        var placement = await Arrange.SigningPlacementAsync(factory);
        await SendForSigningAsync(placement.AgreementId);
        var (address, token) = (await LinkMailsAsync(placement))[0];
        var before = await AuditCountAsync();
        var codeMails = await CodeMailCountAsync();
        using var anonymous = TestClient.Create(factory);

        var (response, page) = await anonymous.GetPageAsync($"/ondertekenen/{token}");
        var (again, _) = await anonymous.GetPageAsync($"/ondertekenen/{token}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (response.StatusCode, again.StatusCode));
        Assert.Equal(before, await AuditCountAsync());
        await using (var db = factory.CreateSystemDbContext())
        {
            var link = await db.Ondertekeningslinks.SingleAsync(l => l.TokenHash == Tekenlink.Hash(token), Ct);
            Assert.Equal((null, null, (string?)null), (link.UsedAt, link.CodeExpiresAt, link.CodeHash));
            Assert.Equal(codeMails, await CodeMailCountAsync());
        }

        // Name and tick without any code, then with a wrong code: not signed, a Dutch message, the attempt counted.
        var noCode = await anonymous.SubmitAsync($"/ondertekenen/{token}", page.QuerySelector<IHtmlFormElement>("#teken")!,
            new Dictionary<string, string> { ["Naam"] = "Jan Tekenaar", ["Akkoord"] = "true", ["Code"] = "123456" });
        var noCodePage = await TestClient.ParseAsync(noCode);
        Assert.Contains("De code klopt niet", noCodePage.QuerySelector("#fouten")!.TextContent, StringComparison.Ordinal);

        var code = await RequestCodeAsync(anonymous, token, address);
        var wrong = code == "000000" ? "000001" : "000000";
        var (_, fresh) = await anonymous.GetPageAsync($"/ondertekenen/{token}");
        var wrongResponse = await anonymous.SubmitAsync($"/ondertekenen/{token}", fresh.QuerySelector<IHtmlFormElement>("#teken")!,
            new Dictionary<string, string> { ["Naam"] = "Jan Tekenaar", ["Akkoord"] = "true", ["Code"] = wrong });
        Assert.Contains("De code klopt niet", (await TestClient.ParseAsync(wrongResponse)).QuerySelector("#fouten")!.TextContent, StringComparison.Ordinal);

        // The right code without the tick: not signed either.
        var noTick = await anonymous.SubmitAsync($"/ondertekenen/{token}", fresh.QuerySelector<IHtmlFormElement>("#teken")!,
            new Dictionary<string, string> { ["Naam"] = "Jan Tekenaar", ["Code"] = code });
        Assert.Contains("gelezen", (await TestClient.ParseAsync(noTick)).QuerySelector("#fouten")!.TextContent, StringComparison.Ordinal);

        await using var after = factory.CreateSystemDbContext();
        Assert.Equal(0, await after.Ondertekeningen.CountAsync(o => o.LeerwerkovereenkomstId == placement.AgreementId, Ct));
        Assert.Equal(1, (await after.Ondertekeningslinks.SingleAsync(l => l.TokenHash == Tekenlink.Hash(token), Ct)).CodeAttempts);
    }

    [Fact]
    public async Task TooManyWrongCodes_SpendTheCode()
    {
        var placement = await Arrange.SigningPlacementAsync(factory);
        await SendForSigningAsync(placement.AgreementId);
        var (address, token) = (await LinkMailsAsync(placement))[0];
        using var anonymous = TestClient.Create(factory);
        var code = await RequestCodeAsync(anonymous, token, address);
        var wrong = code == "000000" ? "000001" : "000000";
        var (_, page) = await anonymous.GetPageAsync($"/ondertekenen/{token}");
        for (var i = 0; i < Tekenlink.MaxCodeAttempts; i++)
        {
            await anonymous.SubmitAsync($"/ondertekenen/{token}", page.QuerySelector<IHtmlFormElement>("#teken")!,
                new Dictionary<string, string> { ["Naam"] = "Jan Tekenaar", ["Akkoord"] = "true", ["Code"] = wrong });
        }

        var right = await anonymous.SubmitAsync($"/ondertekenen/{token}", page.QuerySelector<IHtmlFormElement>("#teken")!,
            new Dictionary<string, string> { ["Naam"] = "Jan Tekenaar", ["Akkoord"] = "true", ["Code"] = code });

        Assert.Contains("De code klopt niet", (await TestClient.ParseAsync(right)).QuerySelector("#fouten")!.TextContent, StringComparison.Ordinal);
        await using var db = factory.CreateSystemDbContext();
        Assert.Equal(0, await db.Ondertekeningen.CountAsync(o => o.LeerwerkovereenkomstId == placement.AgreementId, Ct));
    }

    [Fact]
    public async Task TamperedExpiredRevokedAndUnknownLinks_GetTheSameRefusal_AndChangeNothing()
    {
        var placement = await Arrange.SigningPlacementAsync(factory);
        await SendForSigningAsync(placement.AgreementId);
        var mails = await LinkMailsAsync(placement);
        var expired = mails[0].Token;
        var revoked = mails[1].Token;
        await using (var db = factory.CreateSystemDbContext())
        {
            var link = await db.Ondertekeningslinks.SingleAsync(l => l.TokenHash == Tekenlink.Hash(expired), Ct);
            link.ExpiresAt = Arrange.UtcNow.AddMinutes(-1);
            await db.SaveChangesAsync(Ct);
        }

        using (var coordinator = await TestClient.LoggedInAsync(factory))
        {
            int revokedId;
            await using (var db = factory.CreateSystemDbContext())
            {
                revokedId = (await db.Ondertekeningslinks.SingleAsync(l => l.TokenHash == Tekenlink.Hash(revoked), Ct)).Id;
            }

            var response = await coordinator.SubmitFormAsync($"/Overeenkomsten/Leerwerk/{placement.AgreementId}", $"form#intrekken-{revokedId}", new Dictionary<string, string>());
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        }

        var tampered = mails[2].Token[..^1] + (mails[2].Token[^1] == 'A' ? 'B' : 'A');
        var before = await AuditCountAsync();
        var codeMails = await CodeMailCountAsync();
        using var anonymous = TestClient.Create(factory);
        var answers = new List<string>();
        foreach (var token in new[] { expired, revoked, tampered, "geen-token", new string('A', 43) })
        {
            var (response, page) = await anonymous.GetPageAsync($"/ondertekenen/{token}");
            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            answers.Add(page.QuerySelector("main")?.TextContent ?? page.Body!.TextContent);
            var post = await anonymous.Http.PostAsync(new Uri($"/ondertekenen/{token}?handler=Code", UriKind.Relative), new FormUrlEncodedContent([]), Ct);
            Assert.NotEqual(HttpStatusCode.OK, post.StatusCode);
        }

        Assert.Single(answers.Distinct());
        Assert.Contains(Refusal, answers[0], StringComparison.Ordinal);
        Assert.DoesNotContain(placement.StudentName, answers[0], StringComparison.Ordinal);
        Assert.Equal(before, await AuditCountAsync());
        Assert.Equal(codeMails, await CodeMailCountAsync());
    }

    [Fact]
    public async Task ContentChange_VoidsTheSignatures_RevokesTheLinks_AndSendsNewOnes()
    {
        var placement = await Arrange.SigningPlacementAsync(factory);
        await SendForSigningAsync(placement.AgreementId);
        var first = await LinkMailsAsync(placement);
        Assert.Equal(HttpStatusCode.OK, await SignAsync(first[0].Token, "Eerste Tekenaar"));

        using (var coordinator = await TestClient.LoggedInAsync(factory))
        {
            var back = await coordinator.SubmitFormAsync($"/Overeenkomsten/Leerwerk/{placement.AgreementId}", "form#naar-Concept", new Dictionary<string, string>());
            Assert.Equal(HttpStatusCode.Redirect, back.StatusCode);
            var edit = await coordinator.SubmitFormAsync($"/Overeenkomsten/LeerwerkBewerken/{placement.AgreementId}", "form#leerwerk",
                new Dictionary<string, string> { ["Input.Inhoud"] = "Meewerken in de keuken en de bediening." });
            Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
        }

        await using (var db = factory.CreateSystemDbContext())
        {
            Assert.Equal(0, await db.Ondertekeningen.CountAsync(o => o.LeerwerkovereenkomstId == placement.AgreementId, Ct));
            Assert.All(await db.Ondertekeningslinks.Where(l => l.LeerwerkovereenkomstId == placement.AgreementId).ToListAsync(Ct),
                l => Assert.False(l.IsOpen));
        }

        using var anonymous = TestClient.Create(factory);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetPageAsync($"/ondertekenen/{first[1].Token}")).Response.StatusCode);

        await SendForSigningAsync(placement.AgreementId);
        var second = (await LinkMailsAsync(placement)).Where(m => first.All(f => f.Token != m.Token)).ToList();
        Assert.Equal(4, second.Count);
        var (response, page) = await anonymous.GetPageAsync($"/ondertekenen/{second[0].Token}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Meewerken in de keuken en de bediening.", page.QuerySelector("#overeenkomst")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MissingAddress_IsNamedInDutch_AndTheOthersAreSent()
    {
        var placement = await Arrange.SigningPlacementAsync(factory, parentEmail: false);
        using var coordinator = await TestClient.LoggedInAsync(factory);

        var response = await coordinator.SubmitFormAsync($"/Overeenkomsten/Leerwerk/{placement.AgreementId}", "form#naar-TerOndertekening", new Dictionary<string, string>());
        var (_, page) = await coordinator.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Contains("Geen e-mailadres bekend voor: ouder/wettelijk vertegenwoordiger", page.QuerySelector(".status")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(3, (await LinkMailsAsync(placement)).Count);
        Assert.Equal(3, page.QuerySelectorAll("#tekenlinks tbody tr").Length);
    }

    [Fact]
    public async Task Wissen_SignedThroughLinks_TheStudentsAndParentsAddressNameAndIpGo_TheSignaturesFactsStay()
    {
        var placement = await Arrange.SigningPlacementAsync(factory);
        await SendForSigningAsync(placement.AgreementId);
        foreach (var (address, token) in await LinkMailsAsync(placement))
        {
            Assert.Equal(HttpStatusCode.OK, await SignAsync(token, $"Ondertekenaar {address.Split('@')[0]}", "203.0.113.9"));
        }

        await using (var db = factory.CreateSystemDbContext())
        {
            var studentId = await db.Leerwerkovereenkomsten.Where(o => o.Id == placement.AgreementId).Select(o => o.LeerlingId).SingleAsync(Ct);
            Assert.True(await LeerlingWissing.WisAsync(db, studentId, Arrange.Today, Ct));
        }

        await using var check = factory.CreateSystemDbContext();
        var agreement = await check.Leerwerkovereenkomsten.Include(o => o.Ondertekeningen).SingleAsync(o => o.Id == placement.AgreementId, Ct);
        Assert.Null(await check.Leerlingen.Where(l => l.Id == agreement.LeerlingId).Select(l => l.Email).SingleAsync(Ct));
        var links = await check.Ondertekeningslinks.Where(l => l.LeerwerkovereenkomstId == placement.AgreementId).ToListAsync(Ct);
        Assert.Equal(4, links.Count);
        foreach (var link in links)
        {
            var personal = link.Partij is Partij.Leerling or Partij.WettelijkVertegenwoordiger;
            Assert.Equal(personal, link.Email == LeerlingWissing.Marker);
            Assert.Equal(personal, link.RecipientName == LeerlingWissing.Marker);
        }

        // Four signatures with their moment and hash stay: the agreement was signed; whose address it was is gone.
        Assert.Equal(4, agreement.Ondertekeningen.Count);
        Assert.All(agreement.Ondertekeningen, s => Assert.NotNull(s.TextHash));
        foreach (var signature in agreement.Ondertekeningen)
        {
            var personal = signature.Partij is Partij.Leerling or Partij.WettelijkVertegenwoordiger;
            Assert.Equal(personal ? null : "203.0.113.9", signature.IpAddress);
            Assert.Equal(personal, signature.SignerName == LeerlingWissing.Marker);
        }

        Assert.False(await check.Outbox.AnyAsync(m => m.ToAddress == placement.StudentEmail || m.ToAddress == placement.ParentEmail, Ct));
    }

    private async Task SendForSigningAsync(int agreementId)
    {
        using var coordinator = await TestClient.LoggedInAsync(factory);
        var response = await coordinator.SubmitFormAsync($"/Overeenkomsten/Leerwerk/{agreementId}", "form#naar-TerOndertekening", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<List<(string Address, string Token)>> LinkMailsAsync(Arrange.SigningPlacement placement)
    {
        await using var db = factory.CreateSystemDbContext();
        var mails = await db.Outbox.Where(m => m.Kind == TekenlinkMail.LinkKind && m.Subject.Contains(placement.StudentName)).OrderBy(m => m.Id).ToListAsync(Ct);
        return [.. mails.Select(m => (m.ToAddress, LinkPattern().Match(m.TextBody).Groups[1].Value))];
    }

    private async Task<string> RequestCodeAsync(TestClient client, string token, string address)
    {
        var response = await client.SubmitFormAsync($"/ondertekenen/{token}", "#code-aanvragen", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var mail = await db.Outbox.Where(m => m.ToAddress == address && m.Kind == TekenlinkMail.CodeKind).OrderByDescending(m => m.Id).FirstAsync(Ct);
        Assert.DoesNotContain(token, mail.TextBody, StringComparison.Ordinal);
        return CodePattern().Match(mail.Subject).Groups[1].Value;
    }

    /// <summary>Signs through the link as a signer does: opens it, asks for the code, reads the code mail and signs.</summary>
    private async Task<HttpStatusCode> SignAsync(string token, string name, string? forwardedFor = null)
    {
        using var anonymous = TestClient.Create(factory);
        if (forwardedFor is not null)
        {
            anonymous.Http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        string address;
        await using (var db = factory.CreateSystemDbContext())
        {
            address = (await db.Ondertekeningslinks.SingleAsync(l => l.TokenHash == Tekenlink.Hash(token), Ct)).Email;
        }

        var code = await RequestCodeAsync(anonymous, token, address);
        var (_, page) = await anonymous.GetPageAsync($"/ondertekenen/{token}");
        var response = await anonymous.SubmitAsync($"/ondertekenen/{token}", page.QuerySelector<IHtmlFormElement>("#teken")!,
            new Dictionary<string, string> { ["Naam"] = name, ["Akkoord"] = "true", ["Code"] = code });
        var done = await TestClient.ParseAsync(response);
        Assert.NotNull(done.QuerySelector("#getekend"));
        return response.StatusCode;
    }

    private async Task<int> CodeMailCountAsync()
    {
        await using var db = factory.CreateSystemDbContext();
        return await db.Outbox.CountAsync(m => m.Kind == TekenlinkMail.CodeKind, Ct);
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = factory.CreateSystemDbContext();
        return await db.Audit.CountAsync(Ct);
    }
}
