using System.Text.RegularExpressions;
using Leerwerk.BrowserTests.Infrastructure;
using Leerwerk.Data;
using Leerwerk.Data.Demo;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.StageUren;
using Leerwerk.Tests;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Leerwerk.BrowserTests.Flows;

/// <summary>
/// Issue #6, part A end to end: the coördinator confirms a prefilled week for a class, issues the
/// praktijkbegeleider's link; without a login the link shows that student's week only, a day is
/// corrected and the week approved; the coördinator's ledger shows the history and the new totals.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed partial class StageUrenFlowTests(BrowserFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task WeekGrid_Link_CorrectionAndApproval_ShowInTheLedger()
    {
        var klas = $"F{Guid.NewGuid():N}"[..8];
        var (student, agreementId, other) = await ClassWithTwoPlacementsAsync(klas);
        var today = TestClock.Today;
        var week = StageWeek.Of(today).Previous;

        await using var staff = await fixture.NewContextAsync();
        var page = await staff.NewPageAsync();
        await Session.LogInAsync(page);

        // 1. The week grid for the class, prefilled from the rooster: one Bevestigen.
        await page.GotoAsync($"/StageUren/Week?week={week}");
        await page.GetByLabel("Klas").SelectOptionAsync(klas);
        await page.GetByRole(AriaRole.Button, new() { Name = "Tonen" }).ClickAsync();
        var tuesday = page.GetByLabel($"Uren van {student.FullName} op {UrenInvoer.Day(week.Monday.AddDays(1))}");
        await Expect(tuesday).ToHaveValueAsync("8");
        await Expect(page.Locator("#weekrooster tbody tr")).ToHaveCountAsync(2);
        await TestOutput.ScreenshotAsync(page, "stage-uren-week");
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Bevestigen" }).ClickAsync();
        await Expect(page.Locator("p.status")).ToContainTextAsync("6 dagen ingevoerd");

        // 2. The praktijkbegeleider's link from the agreement page.
        await page.GotoAsync($"/Overeenkomsten/Leerwerk/{agreementId}");
        await page.GetByRole(AriaRole.Link, new() { Name = "Goedkeuringslink voor de praktijkbegeleider" }).ClickAsync();
        await Axe.AssertNoSeriousViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Link aanmaken" }).ClickAsync();
        var link = await page.GetByLabel("Link voor de praktijkbegeleider").InputValueAsync();
        Assert.Matches(LinkPattern(), link);
        await Expect(page.Locator("img#qr")).ToBeVisibleAsync();
        await TestOutput.ScreenshotAsync(page, "stage-uren-goedkeuringslink");
        await Axe.AssertNoSeriousViolationsAsync(page);

        // 3. A fresh context without login: only this student's week; correct Tuesday, approve the week.
        await using (var supervisorContext = await fixture.NewContextAsync())
        {
            var supervisor = await supervisorContext.NewPageAsync();
            await supervisor.GotoAsync(new Uri(link).PathAndQuery);
            await Expect(supervisor.Locator("#leerling")).ToHaveTextAsync($"{student.FirstName} {student.LastName[0]}.");
            await Expect(supervisor.Locator("section.week")).ToHaveCountAsync(1);
            await Expect(supervisor.Locator("main")).Not.ToContainTextAsync(other.FirstName);
            await Expect(supervisor.Locator("main")).Not.ToContainTextAsync(student.LastName);
            await Expect(supervisor.GetByRole(AriaRole.Button, new() { Name = "Uitloggen" })).ToHaveCountAsync(0);
            await Axe.AssertNoSeriousViolationsAsync(supervisor);

            var section = supervisor.Locator($"#week-{week}");
            await section.GetByLabel("Dag").SelectOptionAsync(week.Monday.AddDays(1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
            await section.GetByLabel("Juiste aantal uren").FillAsync("6,25");
            await section.Locator($"#naam-corrigeren-{week}").FillAsync("Piet Begeleider");
            await section.GetByRole(AriaRole.Button, new() { Name = "Correctie opslaan" }).ClickAsync();
            await Expect(supervisor.Locator($"#week-{week} tfoot")).ToContainTextAsync("21,75");

            await supervisor.Locator($"#naam-goedkeuren-{week}").FillAsync("Piet Begeleider");
            await supervisor.GetByRole(AriaRole.Button, new() { Name = $"Ik keur {week.Label()} goed" }).ClickAsync();
            await Expect(supervisor.Locator("#alles-goedgekeurd")).ToBeVisibleAsync();
            await TestOutput.ScreenshotAsync(supervisor, "stage-uren-goedkeuren");
            await Axe.AssertNoSeriousViolationsAsync(supervisor);

            await supervisor.GotoAsync("/goedkeuren/" + new string('A', 43));
            await Expect(supervisor.Locator("#link-fout")).ToContainTextAsync("bestaat niet");
            await Axe.AssertNoSeriousViolationsAsync(supervisor);
        }

        // 4. Back as coördinator: the ledger shows the correction history, the approval and new totals.
        await page.GotoAsync($"/StageUren/Registratie/{student.Id}");
        await Expect(page.Locator("#goedgekeurde-uren")).ToHaveTextAsync("21,75");
        await Expect(page.Locator("#stagedagen")).ToHaveTextAsync("3");
        await Expect(page.Locator("#open-uren")).ToHaveTextAsync("0");
        var rows = page.Locator($"#overeenkomst-{agreementId} tbody tr");
        await Expect(rows).ToHaveCountAsync(4);
        await Expect(rows.Filter(new() { HasText = "gecorrigeerd" })).ToContainTextAsync("vervangen door nieuwe regel");
        await Expect(rows.Filter(new() { HasText = "Piet Begeleider (praktijkbegeleider)" })).ToContainTextAsync("6,25");
        await Expect(rows.Filter(new() { HasText = "goedgekeurd" })).ToHaveCountAsync(3);
        await TestOutput.ScreenshotAsync(page, "stage-uren-registratie");
        await Axe.AssertNoSeriousViolationsAsync(page);
    }

    /// <summary>A fresh class with two LWT students placed at one new company (rooster: Monday, Tuesday, Thursday).</summary>
    private async Task<(Leerling Student, int AgreementId, Leerling Other)> ClassWithTwoPlacementsAsync(string klas)
    {
        await using var db = fixture.App.Services.CreateSystemDbContext();
        var schoolId = await db.Scholen.Where(s => s.Brin == DemoSchool.Brin).Select(s => s.Id).SingleAsync(Ct);
        var company = new Leerbedrijf { SchoolId = schoolId, Name = $"Flowbedrijf {klas}", KvkNumber = "9" + Random.Shared.Next(1_000_000, 9_999_999) };
        company.Praktijkbegeleiders.Add(new Praktijkbegeleider { SchoolId = schoolId, Name = "Piet Begeleider", IsQualified = true });
        var students = new[] { ("Floor", "Bakker"), ("Ruben", "Claassen") }.Select((n, i) => new Leerling
        {
            SchoolId = schoolId,
            Leerlingnummer = $"{klas}{i}",
            FirstName = n.Item1 + klas,
            LastName = n.Item2 + klas,
            BirthDate = new DateOnly(2011, 4, 4),
            Leerweg = Leerweg.Bb,
            ProfielCode = "ZW",
            Leerjaar = 3,
            ClassName = klas,
        }).ToList();
        db.Leerbedrijven.Add(company);
        db.Leerlingen.AddRange(students);
        await db.SaveChangesAsync(Ct);
        var today = TestClock.Today;
        var agreements = students.Select(s => new Leerwerkovereenkomst
        {
            SchoolId = schoolId,
            LeerlingId = s.Id,
            LeerbedrijfId = company.Id,
            PraktijkbegeleiderId = company.Praktijkbegeleiders[0].Id,
            StartDate = today.AddMonths(-1),
            EndDate = today.AddMonths(6),
            Rooster = new Rooster { Monday = 8m, Tuesday = 8m, Thursday = 7.5m },
        }).ToList();
        agreements.ForEach(a => Levensloop.Restore(a, LeerwerkovereenkomstStatus.Actief));
        db.Leerwerkovereenkomsten.AddRange(agreements);
        await db.SaveChangesAsync(Ct);
        return (students[0], agreements[0].Id, students[1]);
    }

    [GeneratedRegex("^http://127\\.0\\.0\\.1:\\d+/goedkeuren/[A-Za-z0-9_-]{43}$")]
    private static partial Regex LinkPattern();
}
