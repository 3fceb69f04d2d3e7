using AngleSharp.Html.Dom;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.IntegrationTests.Pages.Leerlingen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Pages.Programma;

/// <summary>An LWT student in leerjaar 3 of the demo school, made for one test, and helpers to find programme form fields.</summary>
internal static class ProgrammaStudents
{
    public static async Task<Leerling> LwtStudentAsync(LeerwerkAppFactory factory)
    {
        var student = await TestStudents.CreateAsync(factory, "Programma");
        await using var db = factory.CreateSystemDbContext();
        db.RouteBesluiten.Add(new RouteBesluit
        {
            SchoolId = student.SchoolId,
            LeerlingId = student.Id,
            Route = Leerroute.LeerWerktraject,
            StartDate = Arrange.Today.AddMonths(-2),
            DecidedBy = "Toelatingscommissie",
            ConsultedStudentAndParents = true,
        });
        await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        return student;
    }

    public static async Task<List<Vak>> VakkenAsync(LeerwerkAppFactory factory, int id)
    {
        await using var db = factory.CreateSystemDbContext();
        return await db.Vakken.AsNoTracking().Where(v => v.LeerlingId == id).OrderBy(v => v.Id).ToListAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>The form field name of an offered keuzevak's row, e.g. "Input.Keuzevakken[12]".</summary>
    public static string KeuzevakRow(IHtmlDocument page, string name)
    {
        var label = page.QuerySelectorAll("table.keuzevakken label").Single(l => l.TextContent.Trim() == name);
        var index = label.GetAttribute("for")!["keuzevak-".Length..];
        return $"Input.Keuzevakken[{index}]";
    }

    /// <summary>The base programme: Nederlands, profielvak, rekenen and the given keuzevakken chosen.</summary>
    public static Dictionary<string, string> Form(IHtmlDocument page, params string[] keuzevakken)
    {
        var form = new Dictionary<string, string>
        {
            ["Input.Nederlands"] = "true",
            ["Input.Profielvak"] = "true",
            ["Input.RekenenOfWiskunde"] = "rekenen",
        };
        foreach (var name in keuzevakken)
        {
            form[$"{KeuzevakRow(page, name)}.Gekozen"] = "true";
        }

        return form;
    }
}
