using System.Globalization;
using System.Net;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.IntegrationTests.Api;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.IntegrationTests.Pages.Leerlingen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Tekst;

/// <summary>
/// The forms and the API refuse a control character and a text longer than its column with a Dutch message under the
/// field, and store nothing; a note (a textarea) keeps its line breaks. One mechanism does it for every bound text
/// (<c>StuurtekenValidatorProvider</c>, <c>ApiTekstFilter</c>); these are representative forms of it.
/// </summary>
[Collection(WebCollection.Name)]
public sealed class InvoerTekstTests(LeerwerkAppFactory factory)
{
    [Theory]
    [InlineData("Input.FirstName", "Sem\u000Bde", "Voornaam bevat een regeleinde, tab of ander onzichtbaar stuurteken")]
    [InlineData("Input.LastName", "Jan\u0001sen", "Achternaam bevat een regeleinde, tab of ander onzichtbaar stuurteken")]
    [InlineData("Input.ParentName", "Karin\nJansen", "Naam ouder of verzorger bevat een regeleinde")]
    [InlineData("Input.ParentRelation", "m", "Relatie mag hoogstens 100 tekens lang zijn.")]
    [InlineData("Input.PostalCode", "p", "Postcode mag hoogstens 7 tekens lang zijn.")]
    public async Task NieuweLeerling_DirtyOrTooLongText_GetsTheDutchMessageAndSavesNothing(string field, string value, string message)
    {
        var number = TestStudents.NewNumber();
        using var client = await TestClient.LoggedInAsync(factory);
        var form = TestStudents.ValidForm(number);
        form[field] = value.Length == 1 ? new string(value[0], value == "m" ? 101 : 401) : value;

        var response = await client.SubmitFormAsync("/Leerlingen/Nieuw", "form.stacked", form);
        var page = await TestClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(message, page.Body!.TextContent, StringComparison.Ordinal);
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.Leerlingen.AnyAsync(l => l.Leerlingnummer == number, TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RouteNote_ControlCharacterIsRefused_LineBreaksAreNot()
    {
        var student = await TestStudents.CreateAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var refused = await client.SubmitFormAsync($"/Leerlingen/Route/{student.Id}", "#routebesluit", Decision("Besproken\u0007 met moeder."));
        var page = await TestClient.ParseAsync(refused);

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("Toelichting bevat een onzichtbaar stuurteken (alleen regeleinden en tabs mogen)", page.Body!.TextContent, StringComparison.Ordinal);
        await using (var db = factory.CreateSystemDbContext())
        {
            Assert.False(await db.RouteBesluiten.AnyAsync(r => r.LeerlingId == student.Id, TestContext.Current.CancellationToken));
        }

        var stored = await client.SubmitFormAsync($"/Leerlingen/Route/{student.Id}", "#routebesluit", Decision("Besproken met leerling\r\nen moeder.\tAkkoord."));

        Assert.Equal(HttpStatusCode.Redirect, stored.StatusCode);
        await using (var db = factory.CreateSystemDbContext())
        {
            var besluit = await db.RouteBesluiten.SingleAsync(r => r.LeerlingId == student.Id, TestContext.Current.CancellationToken);
            Assert.Contains("\n", besluit.Note, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ApiHours_ControlCharacterOrTooLongNote_IsRefusedOnTheToelichtingField()
    {
        var placement = await Arrange.PlacementAsync(factory);
        var (client, _) = await Arrange.DemoApiClientAsync(factory);
        using (client)
        {
            foreach (var (note, message) in new[] { ("Open\u0001dag", "stuurteken"), (new string('x', 401), "hoogstens 400 tekens") })
            {
                using var response = await ApiJson.PostAsync(client, "/api/v1/stage-uren",
                    new { leerwerkovereenkomstId = placement.AgreementId, datum = Arrange.IsoDate(Arrange.LastWeekMonday), uren = 8, toelichting = note });
                var problem = await ApiJson.ProblemAsync(response, HttpStatusCode.BadRequest);
                Assert.Contains(message, problem.GetProperty("errors").GetProperty("toelichting")[0].GetString(), StringComparison.Ordinal);
            }
        }

        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.StageUren.AnyAsync(r => r.LeerwerkovereenkomstId == placement.AgreementId, TestContext.Current.CancellationToken));
    }

    private static Dictionary<string, string> Decision(string note) => new()
    {
        ["Input.Route"] = nameof(Leerroute.RegulierBb),
        ["Input.StartDate"] = Arrange.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["Input.DecidedBy"] = "Toelatingscommissie",
        ["Input.ConsultedStudentAndParents"] = "true",
        ["Input.Note"] = note,
    };
}
