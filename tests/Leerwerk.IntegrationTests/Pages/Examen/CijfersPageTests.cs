using System.Net;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Domain.Examens;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Examen;

/// <summary>Grade entry on screen for a class: one save, every grade checked first, who and when recorded, audited.</summary>
[Collection(WebCollectionB.Name)]
public sealed class CijfersPageTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Save_GradesForAClass_AreStoredWithDateAndWhoAndAuditedBeforeAndAfter()
    {
        var (klas, leerlingen) = await Cohorten.MaakAsync(factory, 2);
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");
        var (_, page) = await client.GetPageAsync($"/Examen/Cijfers?klas={klas}");
        Assert.Equal(2 * Cohorten.Vakken.Length, page.QuerySelectorAll("#cijfers-invoeren tbody tr").Length);

        var response = await SaveAsync(client, page, leerlingen[0].Leerlingnummer, "Nederlands", se: "6,4", ce: "7,1");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        await using var db = factory.CreateSystemDbContext();
        var vak = await db.Vakken.SingleAsync(v => v.LeerlingId == leerlingen[0].Id && v.Name == "Nederlands", TestContext.Current.CancellationToken);
        Assert.Equal((6.4m, 7.1m, (decimal?)null), (vak.Se, vak.Ce, vak.CeResit));
        Assert.Equal((Arrange.Today, "examensecretaris"), (vak.SeRecordedOn, vak.SeRecordedBy));
        Assert.Equal((Arrange.Today, "examensecretaris"), (vak.CeRecordedOn, vak.CeRecordedBy));
        Assert.Null(vak.CeResitRecordedOn);

        // Changed again: the audit trail holds the value before and after.
        (_, page) = await client.GetPageAsync($"/Examen/Cijfers?klas={klas}");
        await SaveAsync(client, page, leerlingen[0].Leerlingnummer, "Nederlands", se: "6,8", ce: "7,1");
        var id = vak.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var audit = await db.Audit.Where(a => a.EntityType == nameof(Vak) && a.EntityId == id && a.Action == "gewijzigd")
            .OrderBy(a => a.Id).ToListAsync(TestContext.Current.CancellationToken);
        var laatste = JsonDocument.Parse(audit[^1].Changes).RootElement;
        Assert.Equal("examensecretaris", audit[^1].UserName);
        Assert.Equal(new[] { 6.4m, 6.8m }, laatste.GetProperty("Se").EnumerateArray().Select(e => e.GetDecimal()));
        Assert.False(laatste.TryGetProperty("Ce", out _));
    }

    [Theory]
    [InlineData("zes", "7,0", "SE: ‘zes’ is geen cijfer")]
    [InlineData("6,0", "10,5", "CE: 10,5 ligt buiten 1,0–10,0")]
    [InlineData("6,45", "7,0", "SE: 6,45 heeft meer dan één decimaal")]
    public async Task Save_OneBadGrade_SavesNothingAndNamesStudentSubjectAndGrade(string se, string ce, string message)
    {
        var (klas, leerlingen) = await Cohorten.MaakAsync(factory, 1);
        using var client = await TestClient.LoggedInAsync(factory, "coordinator");
        var (_, page) = await client.GetPageAsync($"/Examen/Cijfers?klas={klas}");
        var form = page.QuerySelector<IHtmlFormElement>("#cijfers-invoeren")!;
        var values = Fields(page, leerlingen[0].Leerlingnummer, "Nederlands", se, ce);
        foreach (var (key, value) in Fields(page, leerlingen[0].Leerlingnummer, "Groen", "7,0", "6,0"))
        {
            values[key] = value;
        }

        var response = await client.SubmitAsync($"/Examen/Cijfers?klas={klas}", form, values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var errors = (await TestClient.ParseAsync(response)).QuerySelector(".form-errors")!.TextContent;
        Assert.Contains($"{leerlingen[0].FullName}, Nederlands, {message}", errors, StringComparison.Ordinal);
        await using var db = factory.CreateSystemDbContext();
        Assert.All(await db.Vakken.Where(v => v.LeerlingId == leerlingen[0].Id).ToListAsync(TestContext.Current.CancellationToken),
            v => Assert.Equal(((decimal?)null, (decimal?)null), (v.Se, v.Ce)));
    }

    [Fact]
    public async Task Save_ASubjectOfAnotherSchool_IsRefusedAndThatGradeStaysAsItWas()
    {
        var (records, _) = await Arrange.OtherSchoolUserAsync(factory);
        var (_, vreemd) = await Cohorten.MaakAsync(factory, 1, records.SchoolId);
        var (klas, leerlingen) = await Cohorten.MaakAsync(factory, 1);
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");
        var (_, page) = await client.GetPageAsync($"/Examen/Cijfers?klas={klas}");
        await using var db = factory.CreateSystemDbContext();
        var vreemdVak = await db.Vakken.FirstAsync(v => v.LeerlingId == vreemd[0].Id && v.Name == "Nederlands", TestContext.Current.CancellationToken);
        var values = Fields(page, leerlingen[0].Leerlingnummer, "Nederlands", "6,0", "6,0");
        var index = values.Keys.Single(k => k.EndsWith(".Se", StringComparison.Ordinal))[..^3];
        values[$"{index}.VakId"] = vreemdVak.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var response = await client.SubmitAsync($"/Examen/Cijfers?klas={klas}", page.QuerySelector<IHtmlFormElement>("#cijfers-invoeren")!, values);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("hoort niet bij de getoonde kandidaten", (await TestClient.ParseAsync(response)).QuerySelector(".form-errors")!.TextContent, StringComparison.Ordinal);
        await db.Entry(vreemdVak).ReloadAsync(TestContext.Current.CancellationToken);
        Assert.Null(vreemdVak.Se);
    }

    [Fact]
    public async Task Page_Mentor_IsRefused()
    {
        using var client = await TestClient.LoggedInAsync(factory, "mentor");

        var (response, _) = await client.GetPageAsync("/Examen/Cijfers");

        Assert.Equal("/Account/Geweigerd", response.Headers.Location!.AbsolutePath);
    }

    internal static Task<HttpResponseMessage> SaveAsync(TestClient client, IHtmlDocument page, string leerlingnummer, string vak, string se, string ce) =>
        client.SubmitAsync("/Examen/Cijfers", page.QuerySelector<IHtmlFormElement>("#cijfers-invoeren")!, Fields(page, leerlingnummer, vak, se, ce));

    /// <summary>The SE and CE inputs of one row of the entry table, by their names, with the given values.</summary>
    private static Dictionary<string, string> Fields(IHtmlDocument page, string leerlingnummer, string vak, string se, string ce)
    {
        var row = page.QuerySelectorAll("#cijfers-invoeren tbody tr")
            .Single(r => r.GetAttribute("data-leerlingnummer") == leerlingnummer && r.GetAttribute("data-vak") == vak);
        var inputs = row.QuerySelectorAll<IHtmlInputElement>("input[type=text]").ToList();
        return new Dictionary<string, string> { [inputs[0].Name!] = se, [inputs[1].Name!] = ce };
    }
}
