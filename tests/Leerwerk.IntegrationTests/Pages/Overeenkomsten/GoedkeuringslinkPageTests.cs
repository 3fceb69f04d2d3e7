using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Domain.StageUren;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Overeenkomsten;

/// <summary>Staff issue, re-issue and revoke the praktijkbegeleider's approval link and print it as a QR code.</summary>
[Collection(WebCollectionB.Name)]
public sealed class GoedkeuringslinkPageTests(LeerwerkAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Issue_ShowsTheLinkOnceWithQr_StoresOnlyTheHash_AndTheLinkOpens()
    {
        var placement = await Arrange.PlacementAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);
        var url = $"/Overeenkomsten/Goedkeuringslink/{placement.AgreementId}";

        var (_, agreementPage) = await client.GetPageAsync($"/Overeenkomsten/Leerwerk/{placement.AgreementId}");
        Assert.Equal(url, agreementPage.QuerySelector("#goedkeuringslink")!.GetAttribute("href"));
        var response = await client.SubmitFormAsync(url, "form#uitgeven", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        var link = page.QuerySelector<IHtmlInputElement>("#link")!.Value;
        Assert.Matches("^http://localhost/goedkeuren/[A-Za-z0-9_-]{43}$", link);
        var token = link[(link.LastIndexOf('/') + 1)..];
        Assert.StartsWith("data:image/png;base64,", page.QuerySelector("#qr")!.GetAttribute("src"), StringComparison.Ordinal);
        await using (var db = factory.CreateSystemDbContext())
        {
            var agreement = await db.Leerwerkovereenkomsten.SingleAsync(o => o.Id == placement.AgreementId, Ct);
            Assert.Equal(Goedkeuringslink.Hash(token), agreement.ApprovalTokenHash);
            Assert.DoesNotContain(token, agreement.ApprovalTokenHash!, StringComparison.Ordinal);
        }

        var qr = await client.SubmitAsync(url, page.QuerySelector<IHtmlFormElement>("#qr-download")!, new Dictionary<string, string>());
        Assert.Equal("image/png", qr.Content.Headers.ContentType!.MediaType);
        var png = await qr.Content.ReadAsByteArrayAsync(Ct);
        Assert.Equal([0x89, 0x50, 0x4E, 0x47], png[..4]);

        var (_, again) = await client.GetPageAsync(url);
        Assert.Null(again.QuerySelector("#link"));
        Assert.Contains("geldige link", again.QuerySelector("#link-status")!.TextContent, StringComparison.Ordinal);

        using var anonymous = TestClient.Create(factory);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetPageAsync($"/goedkeuren/{token}")).Response.StatusCode);
    }

    [Fact]
    public async Task Revoke_ThenReissue_OldLinkIsGoneAndNewOneWorks()
    {
        var placement = await Arrange.PlacementAsync(factory);
        var old = await Arrange.ApprovalTokenAsync(factory, placement.AgreementId);
        using var client = await TestClient.LoggedInAsync(factory);
        using var anonymous = TestClient.Create(factory);
        var url = $"/Overeenkomsten/Goedkeuringslink/{placement.AgreementId}";

        var revoke = await client.SubmitFormAsync(url, "form#intrekken", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, revoke.StatusCode);
        Assert.Equal(HttpStatusCode.Gone, (await anonymous.GetPageAsync($"/goedkeuren/{old}")).Response.StatusCode);
        var (_, page) = await client.GetPageAsync(url);
        Assert.Contains("ingetrokken", page.QuerySelector("#link-status")!.TextContent, StringComparison.Ordinal);

        var reissue = await client.SubmitFormAsync(url, "form#uitgeven", new Dictionary<string, string>());
        var link = (await TestClient.ParseAsync(reissue)).QuerySelector<IHtmlInputElement>("#link")!.Value;
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetPageAsync($"/goedkeuren/{old}")).Response.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await anonymous.GetPageAsync(new Uri(link).AbsolutePath)).Response.StatusCode);
    }

    [Fact]
    public async Task QrDownload_WithARevokedToken_IsNotFound()
    {
        var placement = await Arrange.PlacementAsync(factory);
        var token = await Arrange.ApprovalTokenAsync(factory, placement.AgreementId, revoke: true);
        using var client = await TestClient.LoggedInAsync(factory);
        var url = $"/Overeenkomsten/Goedkeuringslink/{placement.AgreementId}";
        var (_, page) = await client.GetPageAsync(url);
        var form = page.QuerySelector<IHtmlFormElement>("#uitgeven")!;
        form.Action = url + "?handler=Qr";

        var response = await client.SubmitAsync(url, form, new Dictionary<string, string> { ["token"] = token });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task OtherSchoolsAgreement_IsNotFound_AndMentorMayNotIssue()
    {
        var (records, _) = await Arrange.OtherSchoolUserAsync(factory);
        using var coordinator = await TestClient.LoggedInAsync(factory);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetPageAsync($"/Overeenkomsten/Goedkeuringslink/{records.LeerwerkId}")).Response.StatusCode);

        var placement = await Arrange.PlacementAsync(factory);
        using var mentor = await TestClient.LoggedInAsync(factory, "mentor");
        var response = (await mentor.GetPageAsync($"/Overeenkomsten/Goedkeuringslink/{placement.AgreementId}")).Response;
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Account/Geweigerd", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
    }
}
