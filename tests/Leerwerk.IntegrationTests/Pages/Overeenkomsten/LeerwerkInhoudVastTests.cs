using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Overeenkomsten;

/// <summary>
/// Only a concept's content can be edited: once an agreement has gone out for signing, the parties sign that text.
/// A concept that comes back from signing loses the signatures on its earlier text when the text changes.
/// </summary>
[Collection(WebCollectionB.Name)]
public sealed class LeerwerkInhoudVastTests(LeerwerkAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(LeerwerkovereenkomstStatus.TerOndertekening, "Zet haar eerst terug naar concept")]
    [InlineData(LeerwerkovereenkomstStatus.Getekend, "de inhoud ligt vast")]
    [InlineData(LeerwerkovereenkomstStatus.Actief, "de inhoud ligt vast")]
    public async Task Bewerken_AfterConcept_ExplainsInDutchAndChangesNothing(LeerwerkovereenkomstStatus status, string uitleg)
    {
        var id = await AgreementAsync(status);
        using var client = await TestClient.LoggedInAsync(factory);

        var (details, detailsPage) = await client.GetPageAsync($"/Overeenkomsten/Leerwerk/{id}");
        var (edit, editPage) = await client.GetPageAsync($"/Overeenkomsten/LeerwerkBewerken/{id}");
        var token = detailsPage.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token,
            ["Input.Monday"] = "2",
        });
        var post = await client.Http.PostAsync(new Uri($"/Overeenkomsten/LeerwerkBewerken/{id}", UriKind.Relative), content, Ct);

        Assert.Equal(HttpStatusCode.OK, details.StatusCode);
        Assert.Null(detailsPage.QuerySelector($"a[href='/Overeenkomsten/LeerwerkBewerken/{id}']"));
        Assert.Contains(uitleg, detailsPage.QuerySelector("#inhoud-vast")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        Assert.Null(editPage.QuerySelector("form#leerwerk"));
        Assert.Contains(uitleg, editPage.QuerySelector("#inhoud-vast")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Conflict, post.StatusCode);
        Assert.Contains(uitleg, (await TestClient.ParseAsync(post)).QuerySelector("#inhoud-vast")!.TextContent, StringComparison.Ordinal);
        await using var db = factory.CreateSystemDbContext();
        var saved = await db.Leerwerkovereenkomsten.SingleAsync(o => o.Id == id, Ct);
        Assert.Equal(8m, saved.Rooster.Monday);
        Assert.Equal(status, saved.Status);
    }

    [Fact]
    public async Task Bewerken_ConceptBackFromSigning_ChangedTextVoidsTheSignaturesAndSaysSo()
    {
        var id = await AgreementAsync(LeerwerkovereenkomstStatus.Concept, signed: true);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Overeenkomsten/LeerwerkBewerken/{id}", "form#leerwerk", new Dictionary<string, string>
        {
            ["Input.Wednesday"] = "4,25",
        });
        var (_, page) = await client.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("de handtekening onder de vorige tekst is vervallen; laat opnieuw tekenen", page.Body!.TextContent, StringComparison.Ordinal);
        await using var db = factory.CreateSystemDbContext();
        Assert.Equal(4.25m, (await db.Leerwerkovereenkomsten.SingleAsync(o => o.Id == id, Ct)).Rooster.Wednesday);
        Assert.False(await db.Ondertekeningen.AnyAsync(s => s.LeerwerkovereenkomstId == id, Ct));
        Assert.True(await db.Audit.AnyAsync(a => a.EntityType == "Ondertekening" && a.Action == "verwijderd" && a.UserName == "coordinator", Ct));
    }

    [Fact]
    public async Task Bewerken_ConceptSavedUnchanged_KeepsTheSignatures()
    {
        var id = await AgreementAsync(LeerwerkovereenkomstStatus.Concept, signed: true);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Overeenkomsten/LeerwerkBewerken/{id}", "form#leerwerk", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        Assert.True(await db.Ondertekeningen.AnyAsync(s => s.LeerwerkovereenkomstId == id, Ct));
    }

    /// <summary>A placement of a fresh student (rooster 8 hours on Monday) in the given status, signed by the school if asked.</summary>
    private async Task<int> AgreementAsync(LeerwerkovereenkomstStatus status, bool signed = false)
    {
        var placement = await Arrange.PlacementAsync(factory);
        await using var db = factory.CreateSystemDbContext();
        var agreement = await db.Leerwerkovereenkomsten.SingleAsync(o => o.Id == placement.AgreementId, Ct);
        Levensloop.Restore(agreement, status);
        agreement.PlannedHours = 640m;
        if (signed)
        {
            db.Ondertekeningen.Add(new Ondertekening
            {
                SchoolId = agreement.SchoolId,
                LeerwerkovereenkomstId = agreement.Id,
                Partij = Partij.BevoegdGezag,
                SignerName = "J. de Directeur",
                SignedOn = agreement.StartDate.AddDays(-7),
            });
        }

        await db.SaveChangesAsync(Ct);
        return agreement.Id;
    }
}
