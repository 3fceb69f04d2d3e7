using System.Net;
using Leerwerk.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Leerlingen;

/// <summary>Tampered form values get a Dutch message on the form, never a 500, and nothing is stored.</summary>
[Collection(WebCollection.Name)]
public sealed class OngeldigeInvoerTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Nieuw_TamperedCheckboxValue_GivesDutchMessageAndSavesNothing()
    {
        var number = TestStudents.NewNumber();
        using var client = await TestClient.LoggedInAsync(factory);
        var form = TestStudents.ValidForm(number);
        form["Input.LwtBeoogd"] = "x";

        var response = await client.SubmitFormAsync("/Leerlingen/Nieuw", "form.stacked", form);
        var page = await TestClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("'x' is geen geldige waarde", page.Body!.TextContent, StringComparison.Ordinal);
        await using var db = factory.CreateSystemDbContext();
        Assert.False(await db.Leerlingen.AnyAsync(l => l.Leerlingnummer == number, TestContext.Current.CancellationToken));
    }
}
