using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Domain.Examens;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Examen;

/// <summary>
/// Issue 15 item 5: the examensecretaris or coördinator plans the cspe day (D2), marks a CE in leerjaar 3 (D3) and the
/// herkansing (UB 3.38) per candidate; saved audited, shown with its findings on the planning page and the candidate's page.
/// </summary>
[Collection(WebCollectionB.Name)]
public sealed class PlanningPageTests(LeerwerkAppFactory factory)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Save_CspeBefore1April_IsStoredAuditedAndShownAsD2OnBothPages()
    {
        var (klas, leerlingen) = await Cohorten.MaakAsync(factory, 1);
        var leerling = leerlingen[0];
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");
        var (_, page) = await client.GetPageAsync($"/Examen/Planning?klas={klas}");
        Assert.Equal(2, page.QuerySelectorAll("#examenplanning tbody tr").Length);

        var values = Fields(page, leerling.Leerlingnummer, "Groen", ("CeDatum", "2027-03-30"), ("Herkansen", "true"));
        var response = await client.SubmitAsync($"/Examen/Planning?klas={klas}", Form(page), values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var vak = await db.Vakken.SingleAsync(v => v.LeerlingId == leerling.Id && v.Name == "Groen", Ct);
        Assert.Equal((new DateOnly(2027, 3, 30), false, true), (vak.CeDatum, vak.CeInLeerjaar3, vak.Herkansen));
        var id = vak.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audit = await db.Audit.Where(a => a.EntityType == nameof(Vak) && a.EntityId == id && a.Action == "gewijzigd").OrderBy(a => a.Id).LastAsync(Ct);
        Assert.Equal("examensecretaris", audit.UserName);
        Assert.True(JsonDocument.Parse(audit.Changes).RootElement.TryGetProperty("CeDatum", out _));

        (_, page) = await client.GetPageAsync($"/Examen/Planning?klas={klas}");
        var d2 = page.QuerySelector(".findings .finding--error")!.TextContent;
        Assert.Contains("D2", d2, StringComparison.Ordinal);
        Assert.Contains("30 maart 2027, vóór 1 april 2027", d2, StringComparison.Ordinal);

        var (_, kandidaat) = await client.GetPageAsync($"/Examen/Kandidaat/{leerling.Id}");
        Assert.Equal("30 maart 2027", kandidaat.QuerySelector(".examenplanning tr[data-vak='Groen'] td")!.TextContent);
        Assert.Contains("vóór 1 april 2027", kandidaat.QuerySelector(".planning-bevindingen .finding--error")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Save_TwoWrittenCeSubjectsForHerkansing_SavesNothingAndNamesTheStudent()
    {
        var (klas, leerlingen) = await Cohorten.MaakAsync(factory, 1);
        var leerling = leerlingen[0];
        await using (var setup = factory.CreateSystemDbContext())
        {
            // A second subject with a centraal schriftelijk examen, so two can be chosen.
            setup.Vakken.Add(new Vak { SchoolId = leerling.SchoolId, LeerlingId = leerling.Id, Name = "Engels", Soort = VakSoort.Engels, Deel = VakDeel.Extra });
            await setup.SaveChangesAsync(Ct);
        }

        using var client = await TestClient.LoggedInAsync(factory, "coordinator");
        var (_, page) = await client.GetPageAsync($"/Examen/Planning?klas={klas}");
        var values = Fields(page, leerling.Leerlingnummer, "Nederlands", ("Herkansen", "true"), ("CeDatum", "2027-05-14"));
        foreach (var (key, value) in Fields(page, leerling.Leerlingnummer, "Engels", ("Herkansen", "true")))
        {
            values[key] = value;
        }

        var response = await client.SubmitAsync($"/Examen/Planning?klas={klas}", Form(page), values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains($"{leerling.FullName}: Herkansen kan in één vak met een centraal examen", (await TestClient.ParseAsync(response)).QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        await using var db = factory.CreateSystemDbContext();
        Assert.All(await db.Vakken.Where(v => v.LeerlingId == leerling.Id).ToListAsync(Ct), v => Assert.Equal((false, (DateOnly?)null), (v.Herkansen, v.CeDatum)));
    }

    [Fact]
    public async Task Page_Mentor_IsRefused()
    {
        using var client = await TestClient.LoggedInAsync(factory, "mentor");

        var (response, _) = await client.GetPageAsync("/Examen/Planning");

        Assert.Equal("/Account/Geweigerd", response.Headers.Location!.AbsolutePath);
    }

    private static IHtmlFormElement Form(IHtmlDocument page) => page.QuerySelector<IHtmlFormElement>("#examenplanning")!;

    /// <summary>The named inputs (CeDatum, CeInLeerjaar3, Herkansen) of one row of the planning table, with the given values.</summary>
    private static Dictionary<string, string> Fields(IHtmlDocument page, string leerlingnummer, string vak, params (string Veld, string Waarde)[] velden)
    {
        var row = page.QuerySelectorAll("#examenplanning tbody tr")
            .Single(r => r.GetAttribute("data-leerlingnummer") == leerlingnummer && r.GetAttribute("data-vak") == vak);
        var inputs = row.QuerySelectorAll<IHtmlInputElement>("input").ToList();
        return velden.ToDictionary(v => inputs.Single(i => i.Name!.EndsWith("." + v.Veld, StringComparison.Ordinal)).Name!, v => v.Waarde);
    }
}
