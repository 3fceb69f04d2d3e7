using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.Web.Ondertekenen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Ondertekenen;

/// <summary>
/// Signing links for the samenwerkingsovereenkomst (issue #16): both bevoegde gezagen get a link through the outbox, sign
/// through the same anonymous page with the mailed code, and the second signature makes it getekend; a GET changes
/// nothing, a link signs only its own agreement, and a change of content voids the signatures.
/// </summary>
public sealed partial class SamenwerkingOndertekenenTests(TekenAppFactory factory) : IClassFixture<TekenAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [GeneratedRegex("/ondertekenen/([A-Za-z0-9_-]{43})")]
    private static partial Regex LinkPattern();

    [GeneratedRegex("^Uw code: ([0-9]{6})$")]
    private static partial Regex CodePattern();

    [Fact]
    public async Task Existing_IsRecordedAsSignedOutsideTheApp()
    {
        var samenwerking = await Arrange.SigningSamenwerkingAsync(factory);
        using var coordinator = await TestClient.LoggedInAsync(factory);

        var (_, page) = await coordinator.GetPageAsync($"/Overeenkomsten/Samenwerking/{samenwerking.AgreementId}");

        Assert.Equal(nameof(SamenwerkingOndertekenstatus.Vastgelegd), page.QuerySelector("#ondertekenstatus")!.GetAttribute("data-status"));
        Assert.NotNull(page.QuerySelector("form#aanbieden"));
        await using var db = factory.CreateSystemDbContext();
        Assert.Equal(SamenwerkingOndertekenstatus.Vastgelegd, (await db.Samenwerkingsovereenkomsten.SingleAsync(s => s.Id == samenwerking.AgreementId, Ct)).Ondertekenstatus);
    }

    [Fact]
    public async Task Aanbieden_MailsBothBevoegdeGezagen_BothSignWithTheirCode_AndItIsGetekend()
    {
        var samenwerking = await Arrange.SigningSamenwerkingAsync(factory);
        await OfferAsync(samenwerking.AgreementId);

        var mails = await LinkMailsAsync(samenwerking);
        Assert.Equal(new[] { Arrange.SignatoryEmail, samenwerking.MboEmail }.Order(StringComparer.Ordinal), mails.Select(m => m.Address).Order(StringComparer.Ordinal));
        await using (var db = factory.CreateSystemDbContext())
        {
            var agreement = await db.Samenwerkingsovereenkomsten.SingleAsync(s => s.Id == samenwerking.AgreementId, Ct);
            Assert.Equal(SamenwerkingOndertekenstatus.TerOndertekening, agreement.Ondertekenstatus);
            Assert.NotNull(agreement.AangebodenAt);
            var links = await db.Ondertekeningslinks.Where(l => l.SamenwerkingsovereenkomstId == samenwerking.AgreementId).ToListAsync(Ct);
            Assert.Equal([Partij.BevoegdGezag, Partij.MboInstelling], links.Select(l => l.Partij).Order());
            Assert.All(links, l => Assert.Null(l.LeerwerkovereenkomstId));
            Assert.All(mails, m => Assert.Contains(links, l => l.TokenHash == Tekenlink.Hash(m.Token)));
        }

        // The page shows the samenwerkingsovereenkomst with its appendix, and its hash.
        using (var anonymous = TestClient.Create(factory))
        {
            var (response, page) = await anonymous.GetPageAsync($"/ondertekenen/{mails[0].Token}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("Samenwerkingsovereenkomst ondertekenen", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
            var text = page.QuerySelector("#overeenkomst")!.TextContent;
            Assert.Contains("Artikel 7. Duur van de overeenkomst", text, StringComparison.Ordinal);
            Assert.Contains("Bijlage: onderwerpen samenwerking", text, StringComparison.Ordinal);
            Assert.Contains(samenwerking.MboName, text, StringComparison.Ordinal);
        }

        Assert.Equal(HttpStatusCode.OK, await SignAsync(mails[0].Token, "Eerste Bestuurder", "198.51.100.21"));
        await using (var db = factory.CreateSystemDbContext())
        {
            Assert.Equal(SamenwerkingOndertekenstatus.TerOndertekening,
                (await db.Samenwerkingsovereenkomsten.SingleAsync(s => s.Id == samenwerking.AgreementId, Ct)).Ondertekenstatus);
        }

        Assert.Equal(HttpStatusCode.OK, await SignAsync(mails[1].Token, "Tweede Bestuurder", "198.51.100.22"));

        await using var check = factory.CreateSystemDbContext();
        var signed = await Tekenlinks.LoadSamenwerkingAsync(check, samenwerking.AgreementId, Ct);
        Assert.Equal(SamenwerkingOndertekenstatus.Getekend, signed!.Ondertekenstatus);
        Assert.Equal([Partij.BevoegdGezag, Partij.MboInstelling], signed.Ondertekeningen.Select(s => s.Partij).Order());
        Assert.Equal(["Eerste Bestuurder", "Tweede Bestuurder"], signed.Ondertekeningen.Select(s => s.SignerName).Order(StringComparer.Ordinal));
        var school = await check.Scholen.SingleAsync(s => s.Id == samenwerking.SchoolId, Ct);
        var hash = Tekentekst.Hash(Tekentekst.Of(signed, school));
        Assert.All(signed.Ondertekeningen, s => Assert.Equal((hash, (int?)null), (s.TextHash, s.LeerwerkovereenkomstId)));
        Assert.Equal(["198.51.100.21", "198.51.100.22"], signed.Ondertekeningen.Select(s => s.IpAddress!).Order(StringComparer.Ordinal));
        Assert.True(await check.Audit.AnyAsync(a => a.EntityType == "Ondertekening" && a.UserName.StartsWith("Tweede Bestuurder (via ondertekeningslink"), Ct));

        // The page and the PDF show both signatures; a used link opens nothing.
        using var coordinator = await TestClient.LoggedInAsync(factory);
        var (_, detail) = await coordinator.GetPageAsync($"/Overeenkomsten/Samenwerking/{samenwerking.AgreementId}");
        Assert.Equal(nameof(SamenwerkingOndertekenstatus.Getekend), detail.QuerySelector("#ondertekenstatus")!.GetAttribute("data-status"));
        Assert.Equal(2, detail.QuerySelectorAll("#samenwerking-handtekeningen tbody tr").Length);
        Assert.Null(detail.QuerySelector("form#aanbieden"));
        var pdf = await coordinator.Http.GetAsync(new Uri($"/Documenten/Samenwerkingsovereenkomst/{samenwerking.AgreementId}?formaat=pdf", UriKind.Relative), Ct);
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        using var used = TestClient.Create(factory);
        Assert.Equal(HttpStatusCode.NotFound, (await used.GetPageAsync($"/ondertekenen/{mails[0].Token}")).Response.StatusCode);
    }

    [Fact]
    public async Task Get_ChangesNothing()
    {
        var samenwerking = await Arrange.SigningSamenwerkingAsync(factory);
        await OfferAsync(samenwerking.AgreementId);
        var (_, token) = (await LinkMailsAsync(samenwerking))[0];
        var before = await AuditCountAsync();
        using var anonymous = TestClient.Create(factory);

        var (first, _) = await anonymous.GetPageAsync($"/ondertekenen/{token}");
        var (second, _) = await anonymous.GetPageAsync($"/ondertekenen/{token}");

        Assert.Equal((HttpStatusCode.OK, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal(before, await AuditCountAsync());
        await using var db = factory.CreateSystemDbContext();
        var link = await db.Ondertekeningslinks.SingleAsync(l => l.TokenHash == Tekenlink.Hash(token), Ct);
        Assert.Equal((null, null), (link.UsedAt, link.CodeHash));
        Assert.Equal(0, await db.Ondertekeningen.CountAsync(o => o.SamenwerkingsovereenkomstId == samenwerking.AgreementId, Ct));
    }

    [Fact]
    public async Task ALink_SignsOnlyItsOwnAgreement()
    {
        var first = await Arrange.SigningSamenwerkingAsync(factory);
        var other = await Arrange.SigningSamenwerkingAsync(factory);
        var foreign = await Arrange.ForeignSchoolAsync(factory);
        await OfferAsync(first.AgreementId);
        await OfferAsync(other.AgreementId);

        foreach (var (_, token) in await LinkMailsAsync(first))
        {
            Assert.Equal(HttpStatusCode.OK, await SignAsync(token, "Bestuurder Eerste"));
        }

        await using var db = factory.CreateSystemDbContext();
        Assert.Equal(2, await db.Ondertekeningen.CountAsync(o => o.SamenwerkingsovereenkomstId == first.AgreementId, Ct));
        Assert.Equal(0, await db.Ondertekeningen.CountAsync(o => o.SamenwerkingsovereenkomstId == other.AgreementId, Ct));
        Assert.Equal(0, await db.Ondertekeningen.CountAsync(o => o.SamenwerkingsovereenkomstId == foreign.SamenwerkingId || o.SchoolId == foreign.SchoolId, Ct));
        Assert.Equal(SamenwerkingOndertekenstatus.TerOndertekening, (await db.Samenwerkingsovereenkomsten.SingleAsync(s => s.Id == other.AgreementId, Ct)).Ondertekenstatus);
        Assert.Equal(SamenwerkingOndertekenstatus.Vastgelegd,
            (await db.Samenwerkingsovereenkomsten.IgnoreQueryFilters().SingleAsync(s => s.Id == foreign.SamenwerkingId, Ct)).Ondertekenstatus);
        Assert.All(await db.Ondertekeningslinks.Where(l => l.SamenwerkingsovereenkomstId == other.AgreementId).ToListAsync(Ct), l => Assert.True(l.IsOpen));
    }

    [Fact]
    public async Task ContentChange_VoidsTheSignatures_RevokesTheLinks_AndOfferingAgainSendsNewOnes()
    {
        var samenwerking = await Arrange.SigningSamenwerkingAsync(factory);
        await OfferAsync(samenwerking.AgreementId);
        var first = await LinkMailsAsync(samenwerking);
        Assert.Equal(HttpStatusCode.OK, await SignAsync(first[0].Token, "Eerste Bestuurder"));

        using (var coordinator = await TestClient.LoggedInAsync(factory))
        {
            // Notice is no part of the signed text: the signature stands.
            var notice = await coordinator.SubmitFormAsync($"/Overeenkomsten/SamenwerkingBewerken/{samenwerking.AgreementId}", "form#samenwerking",
                new Dictionary<string, string> { ["Input.NoticeGivenOn"] = Arrange.Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) });
            Assert.Equal(HttpStatusCode.Redirect, notice.StatusCode);
            await using (var db = factory.CreateSystemDbContext())
            {
                Assert.Equal(1, await db.Ondertekeningen.CountAsync(o => o.SamenwerkingsovereenkomstId == samenwerking.AgreementId, Ct));
            }

            var edit = await coordinator.SubmitFormAsync($"/Overeenkomsten/SamenwerkingBewerken/{samenwerking.AgreementId}", "form#samenwerking",
                new Dictionary<string, string> { ["Input.Toelatingscommissie"] = "Teamleider, mentor en intaker van het ROC." });
            Assert.Equal(HttpStatusCode.Redirect, edit.StatusCode);
            var (_, page) = await coordinator.GetPageAsync(edit.Headers.Location!.OriginalString);
            Assert.Contains("vervallen", page.QuerySelector(".status")!.TextContent, StringComparison.Ordinal);
            Assert.Equal(nameof(SamenwerkingOndertekenstatus.Concept), page.QuerySelector("#ondertekenstatus")!.GetAttribute("data-status"));
        }

        await using (var db = factory.CreateSystemDbContext())
        {
            Assert.Equal(0, await db.Ondertekeningen.CountAsync(o => o.SamenwerkingsovereenkomstId == samenwerking.AgreementId, Ct));
            Assert.All(await db.Ondertekeningslinks.Where(l => l.SamenwerkingsovereenkomstId == samenwerking.AgreementId).ToListAsync(Ct), l => Assert.False(l.IsOpen));
        }

        using var anonymous = TestClient.Create(factory);
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetPageAsync($"/ondertekenen/{first[1].Token}")).Response.StatusCode);

        await OfferAsync(samenwerking.AgreementId);
        var second = (await LinkMailsAsync(samenwerking)).Where(m => first.All(f => f.Token != m.Token)).ToList();
        Assert.Equal(2, second.Count);
        var (response, shown) = await anonymous.GetPageAsync($"/ondertekenen/{second[0].Token}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Teamleider, mentor en intaker van het ROC.", shown.QuerySelector("#overeenkomst")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task MboInstelling_SignatoryIsEditable_AndAudited()
    {
        var samenwerking = await Arrange.SigningSamenwerkingAsync(factory);
        using var coordinator = await TestClient.LoggedInAsync(factory);

        var response = await coordinator.SubmitFormAsync($"/MboInstellingen/Edit/{samenwerking.MboInstellingId}", "form.stacked",
            new Dictionary<string, string> { ["Input.SignatoryName"] = "Mr. A. Bestuur", ["Input.SignatoryEmail"] = "a.bestuur@roc.example" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var partner = await db.MboInstellingen.SingleAsync(m => m.Id == samenwerking.MboInstellingId, Ct);
        Assert.Equal(("Mr. A. Bestuur", "a.bestuur@roc.example"), (partner.SignatoryName, partner.SignatoryEmail));
        var id = samenwerking.MboInstellingId.ToString(System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(await db.Audit.AnyAsync(a => a.EntityType == "MboInstelling" && a.EntityId == id && a.UserName == "coordinator", Ct));
    }

    private async Task OfferAsync(int agreementId)
    {
        using var coordinator = await TestClient.LoggedInAsync(factory);
        var response = await coordinator.SubmitFormAsync($"/Overeenkomsten/Samenwerking/{agreementId}", "form#aanbieden", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task<List<(string Address, string Token)>> LinkMailsAsync(Arrange.SigningSamenwerking samenwerking)
    {
        await using var db = factory.CreateSystemDbContext();
        var mails = await db.Outbox.Where(m => m.Kind == TekenlinkMail.LinkKind && m.Subject.Contains(samenwerking.MboName)).OrderBy(m => m.Id).ToListAsync(Ct);
        return [.. mails.Select(m => (m.ToAddress, LinkPattern().Match(m.TextBody).Groups[1].Value))];
    }

    /// <summary>Signs through the link as a signer does: opens it, asks for the code, reads the code mail and signs.</summary>
    private async Task<HttpStatusCode> SignAsync(string token, string name, string? forwardedFor = null)
    {
        using var anonymous = TestClient.Create(factory);
        if (forwardedFor is not null)
        {
            anonymous.Http.DefaultRequestHeaders.Add("X-Forwarded-For", forwardedFor);
        }

        var requested = await anonymous.SubmitFormAsync($"/ondertekenen/{token}", "#code-aanvragen", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, requested.StatusCode);
        string code;
        await using (var db = factory.CreateSystemDbContext())
        {
            var address = (await db.Ondertekeningslinks.SingleAsync(l => l.TokenHash == Tekenlink.Hash(token), Ct)).Email;
            var mail = await db.Outbox.Where(m => m.ToAddress == address && m.Kind == TekenlinkMail.CodeKind).OrderByDescending(m => m.Id).FirstAsync(Ct);
            Assert.Contains("samenwerkingsovereenkomst", mail.TextBody, StringComparison.Ordinal);
            code = CodePattern().Match(mail.Subject).Groups[1].Value;
        }

        var (_, page) = await anonymous.GetPageAsync($"/ondertekenen/{token}");
        var response = await anonymous.SubmitAsync($"/ondertekenen/{token}", page.QuerySelector<IHtmlFormElement>("#teken")!,
            new Dictionary<string, string> { ["Naam"] = name, ["Akkoord"] = "true", ["Code"] = code });
        Assert.NotNull((await TestClient.ParseAsync(response)).QuerySelector("#getekend"));
        return response.StatusCode;
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = factory.CreateSystemDbContext();
        return await db.Audit.CountAsync(Ct);
    }
}
