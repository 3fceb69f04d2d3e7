using System.Globalization;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Rules;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.Web.Bevindingen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Bevindingen;

/// <summary>
/// "Gezien" through HTTP: a coordinator marks an ADVIES warning with an explanation, it leaves the default worklist and
/// the student list's count, shows in the "alles" view with who, when and why, and is undone; both steps are audited.
/// A MOET finding is refused, the explanation is checked, and no other school or role gets at a mark.
/// </summary>
[Collection(WebCollectionB.Name)]
public sealed class GezienTests(LeerwerkAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Coordinator_MarksB7_ItLeavesTheDefaultViewAndTheCounts_ShowsUnderAlles_AndIsUndone_BothAudited()
    {
        var (klas, student) = await CandidateWithUnsignedPlacementAsync();
        using var client = await TestClient.LoggedInAsync(factory);
        var url = $"/Bevindingen?klas={klas}";
        var before = await RowsAsync(client, url);
        var adviesBefore = await AdviesCountAsync(client, klas);
        var b7 = before.Where(r => r.GetAttribute("data-regel") == "B7").ToList();
        Assert.NotEmpty(b7);
        Assert.True(adviesBefore >= b7.Count);

        var marked = await client.SubmitAsync(url, Form(b7[0], "form.gezien-form"), new Dictionary<string, string> { ["uitleg"] = "Intake loopt via het ROC; besproken met de mentor." });

        Assert.Equal(HttpStatusCode.Redirect, marked.StatusCode);
        var open = await RowsAsync(client, url);
        Assert.DoesNotContain(open, r => r.GetAttribute("data-regel") == "B7");
        Assert.Contains(open, r => r.GetAttribute("data-regel") == "E6");
        Assert.Equal(adviesBefore - b7.Count, await AdviesCountAsync(client, klas));
        var alles = await RowsAsync(client, url + "&toon=alles");
        var seen = alles.Where(r => r.GetAttribute("data-regel") == "B7").ToList();
        Assert.Equal(b7.Count, seen.Count);
        Assert.All(seen, r => Assert.Equal("ja", r.GetAttribute("data-gezien")));
        Assert.Contains($"Gezien door coordinator op {Nl.Date(Arrange.Today)}: Intake loopt via het ROC; besproken met de mentor.", seen[0].TextContent, StringComparison.Ordinal);

        var mark = await MarkAsync(student.Id, "B7");
        Assert.NotNull(mark);
        Assert.Equal(student.SchoolId, mark.SchoolId);
        var undone = await client.SubmitAsync(url + "&toon=alles", Form(seen[0], "form.ongedaan"), new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.Redirect, undone.StatusCode);
        Assert.Null(await MarkAsync(student.Id, "B7"));
        Assert.Equal(b7.Count, (await RowsAsync(client, url)).Count(r => r.GetAttribute("data-regel") == "B7"));
        Assert.Equal(adviesBefore, await AdviesCountAsync(client, klas));
        await using var db = factory.CreateSystemDbContext();
        var audit = await db.Audit.Where(a => a.EntityType == nameof(GezienBevinding) && a.EntityId == mark.Id.ToString(CultureInfo.InvariantCulture))
            .OrderBy(a => a.Id).ToListAsync(Ct);
        Assert.Equal(new[] { "toegevoegd", "verwijderd" }, audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal("coordinator", a.UserName));
        Assert.All(audit, a => Assert.Equal(student.SchoolId, a.SchoolId));
        Assert.Contains("Intake loopt via het ROC", audit[0].Changes, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Moet_HasNoButton_AndAPostedMarkIsRefusedWithADutchMessage()
    {
        var (klas, student) = await CandidateWithUnsignedPlacementAsync();
        using var client = await TestClient.LoggedInAsync(factory);
        var url = $"/Bevindingen?klas={klas}";
        var rows = await RowsAsync(client, url);
        var e6 = Assert.Single(rows, r => r.GetAttribute("data-regel") == "E6");
        Assert.Null(e6.QuerySelector("form"));
        var advies = rows.First(r => r.GetAttribute("data-regel") == "B7");

        var response = await client.SubmitAsync(url, Form(advies, "form.gezien-form"), new Dictionary<string, string> { ["bevindingRegel"] = "E6", ["uitleg"] = "Komt goed." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Contains(GezienMarkering.MoetWeigering, page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Null(await MarkAsync(student.Id, "E6"));
        Assert.Single(await RowsAsync(client, url), r => r.GetAttribute("data-regel") == "E6");
    }

    [Theory]
    [InlineData("", "Geef een korte uitleg")]
    [InlineData("   ", "Geef een korte uitleg")]
    [InlineData("regel één\nregel twee", "stuurtekens")]
    [InlineData("tab\tin de tekst", "stuurtekens")]
    public async Task Explanation_EmptyOrWithControlCharacters_IsRefused(string uitleg, string message)
    {
        var (klas, student) = await CandidateWithUnsignedPlacementAsync();
        using var client = await TestClient.LoggedInAsync(factory);
        var url = $"/Bevindingen?klas={klas}";
        var advies = (await RowsAsync(client, url)).First(r => r.GetAttribute("data-regel") == "B7");

        var response = await client.SubmitAsync(url, Form(advies, "form.gezien-form"), new Dictionary<string, string> { ["uitleg"] = uitleg });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        Assert.Contains(message, page.QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("details.gezien-markeren[open]"));
        Assert.Null(await MarkAsync(student.Id, "B7"));
    }

    [Fact]
    public async Task Explanation_OverTheLimit_IsRefused_AtTheLimit_IsStoredWhole()
    {
        var (klas, student) = await CandidateWithUnsignedPlacementAsync();
        using var client = await TestClient.LoggedInAsync(factory);
        var url = $"/Bevindingen?klas={klas}";
        var advies = (await RowsAsync(client, url)).First(r => r.GetAttribute("data-regel") == "B7");

        var tooLong = await client.SubmitAsync(url, Form(advies, "form.gezien-form"), new Dictionary<string, string> { ["uitleg"] = new string('ë', GezienBevinding.UitlegMaxLength + 1) });
        var atLimit = await client.SubmitAsync(url, Form(advies, "form.gezien-form"), new Dictionary<string, string> { ["uitleg"] = new string('ë', GezienBevinding.UitlegMaxLength) });

        Assert.Contains("te lang", (await TestClient.ParseAsync(tooLong)).QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, atLimit.StatusCode);
        Assert.Equal(new string('ë', GezienBevinding.UitlegMaxLength), (await MarkAsync(student.Id, "B7"))!.Uitleg);
    }

    [Fact]
    public async Task OtherSchool_CannotMarkOrUndoOrSee_MentorAndExamensecretaris_AreRefused()
    {
        var (klas, student) = await CandidateWithUnsignedPlacementAsync();
        using var coordinator = await TestClient.LoggedInAsync(factory);
        var url = $"/Bevindingen?klas={klas}";
        var advies = (await RowsAsync(coordinator, url)).First(r => r.GetAttribute("data-regel") == "B7");
        var form = Form(advies, "form.gezien-form");
        var (_, otherUser) = await Arrange.OtherSchoolUserAsync(factory);
        using var other = await TestClient.LoggedInAsync(factory, otherUser, Arrange.Password);

        // The other school's coordinator posts our student's B7 with a token of its own session: not found.
        var foreign = await PostAsync(other, "/Bevindingen?handler=Gezien", Fields(form, new() { ["uitleg"] = "Niet van mij." }));
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Null(await MarkAsync(student.Id, "B7"));

        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.SubmitAsync(url, form, new Dictionary<string, string> { ["uitleg"] = "Gezien op school." })).StatusCode);
        var mark = (await MarkAsync(student.Id, "B7"))!;
        var undo = await PostAsync(other, "/Bevindingen?handler=Ongedaan", new() { ["gezienId"] = mark.Id.ToString(CultureInfo.InvariantCulture) });
        var (_, otherAlles) = await other.GetPageAsync("/Bevindingen?toon=alles");

        Assert.Equal(HttpStatusCode.NotFound, undo.StatusCode);
        Assert.NotNull(await MarkAsync(student.Id, "B7"));
        Assert.DoesNotContain("Gezien op school.", otherAlles.Body!.TextContent, StringComparison.Ordinal);

        foreach (var role in new[] { "mentor", "examensecretaris" })
        {
            using var staff = await TestClient.LoggedInAsync(factory, role);
            var (_, page) = await staff.GetPageAsync("/Bevindingen?toon=alles");
            Assert.Empty(page.QuerySelectorAll("form.gezien-form, form.ongedaan"));
            var refusedUndo = await PostAsync(staff, "/Bevindingen?handler=Ongedaan", new() { ["gezienId"] = mark.Id.ToString(CultureInfo.InvariantCulture) });
            var refusedMark = await PostAsync(staff, "/Bevindingen?handler=Gezien", Fields(form, new() { ["uitleg"] = "Door een ander." }));
            Assert.Equal("/Account/Geweigerd", refusedUndo.Headers.Location!.AbsolutePath);
            Assert.Equal("/Account/Geweigerd", refusedMark.Headers.Location!.AbsolutePath);
        }

        Assert.NotNull(await MarkAsync(student.Id, "B7"));
    }

    [Fact]
    public async Task Mark_StaysTiedToRuleAndSubject_WhenTheWarningGoesAndComesBack()
    {
        var (klas, student) = await CandidateWithUnsignedPlacementAsync();
        using var client = await TestClient.LoggedInAsync(factory);
        var url = $"/Bevindingen?klas={klas}";
        var advies = (await RowsAsync(client, url)).First(r => r.GetAttribute("data-regel") == "B7");
        await client.SubmitAsync(url, Form(advies, "form.gezien-form"), new Dictionary<string, string> { ["uitleg"] = "Bewust." });

        await SetCandidateAsync(student.Id, false);
        var gone = await RowsAsync(client, url + "&toon=alles");
        await SetCandidateAsync(student.Id, true);
        var back = await RowsAsync(client, url);
        var backAlles = await RowsAsync(client, url + "&toon=alles");

        Assert.DoesNotContain(gone, r => r.GetAttribute("data-regel") == "B7");
        Assert.DoesNotContain(back, r => r.GetAttribute("data-regel") == "B7");
        Assert.All(backAlles.Where(r => r.GetAttribute("data-regel") == "B7"), r => Assert.Equal("ja", r.GetAttribute("data-gezien")));
        Assert.Contains(backAlles, r => r.GetAttribute("data-regel") == "B7");
    }

    /// <summary>A new leerjaar-3 student marked lwtBeoogd without an intake (B7, ADVIES) and with an unsigned agreement (E6, MOET).</summary>
    private async Task<(string Klas, Leerling Student)> CandidateWithUnsignedPlacementAsync()
    {
        var klas = Arrange.NewClassName();
        var student = (await Arrange.UnsignedPlacementsAsync(factory, klas, 1))[0];
        await SetCandidateAsync(student.Id, true);
        return (klas, student);
    }

    private async Task SetCandidateAsync(int leerlingId, bool beoogd)
    {
        await using var db = factory.CreateSystemDbContext();
        var student = await db.Leerlingen.SingleAsync(l => l.Id == leerlingId, Ct);
        student.LwtBeoogd = beoogd;
        await db.SaveChangesAsync(Ct);
    }

    private async Task<GezienBevinding?> MarkAsync(int leerlingId, string regel)
    {
        await using var db = factory.CreateSystemDbContext();
        return await db.GezienBevindingen.SingleOrDefaultAsync(g => g.OnderwerpSoort == OnderwerpSoort.Leerling && g.OnderwerpId == leerlingId && g.RuleId == regel, Ct);
    }

    private static async Task<int> AdviesCountAsync(TestClient client, string klas)
    {
        var (_, page) = await client.GetPageAsync($"/Leerlingen?q={klas}");
        return page.QuerySelectorAll("td[data-advies]").Sum(c => int.Parse(c.GetAttribute("data-advies")!, CultureInfo.InvariantCulture));
    }

    private static IHtmlFormElement Form(IElement row, string selector) =>
        row.QuerySelector<IHtmlFormElement>(selector) ?? throw new InvalidOperationException($"No {selector} in the row of {row.GetAttribute("data-regel")}.");

    /// <summary>The named fields of <paramref name="form"/> but its token, with <paramref name="values"/> on top.</summary>
    private static Dictionary<string, string> Fields(IHtmlFormElement form, Dictionary<string, string> values)
    {
        var fields = form.Elements.OfType<IHtmlInputElement>()
            .Where(i => !string.IsNullOrEmpty(i.Name) && i.Name != "__RequestVerificationToken")
            .ToDictionary(i => i.Name!, i => i.Value, StringComparer.Ordinal);
        foreach (var (key, value) in values)
        {
            fields[key] = value;
        }

        return fields;
    }

    /// <summary>Posts <paramref name="fields"/> with the antiforgery token of the client's own session (from a form it may open).</summary>
    private static async Task<HttpResponseMessage> PostAsync(TestClient client, string url, Dictionary<string, string> fields)
    {
        var (_, page) = await client.GetPageAsync("/Account/WachtwoordWijzigen");
        fields["__RequestVerificationToken"] = page.QuerySelector<IHtmlInputElement>("input[name='__RequestVerificationToken']")!.Value;
        using var content = new FormUrlEncodedContent(fields);
        return await client.Http.PostAsync(new Uri(url, UriKind.Relative), content, Ct);
    }

    /// <summary>Every finding row of every page of the worklist at <paramref name="url"/>.</summary>
    private static async Task<List<IElement>> RowsAsync(TestClient client, string url)
    {
        var rows = new List<IElement>();
        for (var pagina = 1; ; pagina++)
        {
            var (response, page) = await client.GetPageAsync($"{url}&pagina={pagina}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            rows.AddRange(page.QuerySelectorAll("#bevindingen tbody tr"));
            if (page.QuerySelector<IHtmlAnchorElement>("a[rel='next']") is null)
            {
                return rows;
            }
        }
    }
}
