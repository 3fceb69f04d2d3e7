using System.Net;
using Leerwerk.IntegrationTests.Infrastructure;

namespace Leerwerk.IntegrationTests.Pages.Leerlingen;

/// <summary>B4 over HTTP: the onderbouw hours on kerndoelen recorded on the student form, judged on the student page.</summary>
[Collection(WebCollection.Name)]
public sealed class KerndoelUrenTests(LeerwerkAppFactory factory)
{
    [Theory]
    [InlineData("724,75", true)]
    [InlineData("725", false)]
    public async Task Edit_HoursOnKerndoelen_B4OnlyBelow1425(string leerjaar2, bool finding)
    {
        var student = await TestStudents.CreateAsync(factory);
        using var client = await TestClient.LoggedInAsync(factory);

        var response = await client.SubmitFormAsync($"/Leerlingen/Edit/{student.Id}", "form.stacked", new Dictionary<string, string>
        {
            ["Input.Leerjaar"] = "2",
            ["Input.ProfielCode"] = "",
            ["Input.LwtBeoogd"] = "true",
            ["Input.KerndoelUrenLeerjaar1"] = "700",
            ["Input.KerndoelUrenLeerjaar2"] = leerjaar2,
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await TestStudents.LoadAsync(factory, student.Id);
        Assert.Equal((true, 700m, decimal.Parse(leerjaar2, Domain.Nl.Culture)), (saved.LwtBeoogd, saved.KerndoelUrenLeerjaar1, saved.KerndoelUrenLeerjaar2));
        var (_, page) = await client.GetPageAsync($"/Leerlingen/Details/{student.Id}");
        var b4 = page.QuerySelectorAll("section.bevindingen li.finding").Where(li => li.QuerySelector("strong")!.TextContent == "B4").ToList();
        Assert.Equal(finding, b4.Count == 1);
        if (finding)
        {
            Assert.Contains("1424,75", b4[0].TextContent, StringComparison.Ordinal);
            Assert.Contains("finding--error", b4[0].ClassList);
        }
    }
}
