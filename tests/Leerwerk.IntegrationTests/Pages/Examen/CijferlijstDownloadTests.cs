using System.Net;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Scholen;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.IntegrationTests.Pages.Leerlingen;
using Microsoft.EntityFrameworkCore;
using PdfSharp.Pdf.IO;

namespace Leerwerk.IntegrationTests.Pages.Examen;

/// <summary>The cijferlijst downloads (issue 15 item 6): one candidate from the candidate page, the cohort from /Examen, each scoped to the user's school.</summary>
[Collection(WebCollectionB.Name)]
public sealed class CijferlijstDownloadTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task Cijferlijst_DemoCandidate_IsAPdfNamedAfterTheStudentAndLinkedFromTheCandidatePage()
    {
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");
        var student = await DemoCandidateAsync();

        var (_, page) = await client.GetPageAsync($"/Examen/Kandidaat/{student.Id}");
        var link = page.QuerySelector($"a[href='/Examen/Cijferlijst/{student.Id}']");
        var response = await client.Http.GetAsync(new Uri($"/Examen/Cijferlijst/{student.Id}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.NotNull(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"cijferlijst-{student.Leerlingnummer}.pdf", response.Content.Headers.ContentDisposition!.FileNameStar);
        Assert.Equal(1, await PageCountAsync(response));
    }

    [Fact]
    public async Task Cijferlijsten_Cohort_OnePagePerCandidateOfTheOwnSchoolOnly()
    {
        var foreign = await ForeignCandidateAsync();
        using var client = await TestClient.LoggedInAsync(factory, "examensecretaris");
        int candidates;
        await using (var db = factory.CreateSystemDbContext())
        {
            var school = await Arrange.DemoSchoolIdAsync(factory);
            // Not the students who left (the demo's graduate of last year): they are no candidates any more.
            candidates = await db.Leerlingen.CountAsync(
                l => l.SchoolId == school && l.Leerjaar == 4 && l.Leerweg == Leerweg.Bb && (l.UitgestroomdOp == null || l.UitgestroomdOp > Arrange.Today),
                TestContext.Current.CancellationToken);
        }

        var (_, index) = await client.GetPageAsync("/Examen");
        var response = await client.Http.GetAsync(new Uri("/Examen/Cijferlijsten", UriKind.Relative), TestContext.Current.CancellationToken);
        var single = await client.Http.GetAsync(new Uri($"/Examen/Cijferlijst/{foreign.LeerlingId}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.NotNull(index.QuerySelector("a[href='/Examen/Cijferlijsten']"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(candidates, await PageCountAsync(response));
        Assert.Equal(HttpStatusCode.NotFound, single.StatusCode);
    }

    [Fact]
    public async Task Cijferlijsten_OtherSchoolsUser_GetsOnlyItsOwnCandidateAndNotTheDemosOne()
    {
        var foreign = await ForeignCandidateAsync();
        var userName = $"exsec{Guid.NewGuid():N}"[..12];
        await Arrange.UserAsync(factory, userName, Data.Identity.Roles.Examensecretaris, foreign.SchoolId);
        using var client = await TestClient.LoggedInAsync(factory, userName, Arrange.Password);
        var demo = await DemoCandidateAsync();

        var cohort = await client.Http.GetAsync(new Uri("/Examen/Cijferlijsten", UriKind.Relative), TestContext.Current.CancellationToken);
        var own = await client.Http.GetAsync(new Uri($"/Examen/Cijferlijst/{foreign.LeerlingId}", UriKind.Relative), TestContext.Current.CancellationToken);
        var other = await client.Http.GetAsync(new Uri($"/Examen/Cijferlijst/{demo.Id}", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Equal(1, await PageCountAsync(cohort));
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, other.StatusCode);
    }

    [Theory]
    [InlineData("mentor")]
    [InlineData("mbopartner")]
    public async Task Cijferlijst_RolesWithoutTheExam_AreRefused(string user)
    {
        using var client = await TestClient.LoggedInAsync(factory, user);
        var student = await DemoCandidateAsync();

        foreach (var url in new[] { $"/Examen/Cijferlijst/{student.Id}", "/Examen/Cijferlijsten" })
        {
            var (response, _) = await client.GetPageAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Equal("/Account/Geweigerd", response.Headers.Location!.AbsolutePath);
        }
    }

    private async Task<Leerling> DemoCandidateAsync()
    {
        await using var db = factory.CreateSystemDbContext();
        var school = await Arrange.DemoSchoolIdAsync(factory);
        return await db.Leerlingen.Where(l => l.SchoolId == school && l.Leerjaar == 4 && l.Leerweg == Leerweg.Bb)
            .OrderBy(l => l.Id).FirstAsync(TestContext.Current.CancellationToken);
    }

    /// <summary>A school of its own with one leerjaar-4 candidate, invisible to the demo's users.</summary>
    private async Task<(int SchoolId, int LeerlingId)> ForeignCandidateAsync()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var db = factory.CreateSystemDbContext();
        var school = new School { Name = "Andere school", BevoegdGezag = "Stichting Elders", Brin = "97ZZ" };
        db.Scholen.Add(school);
        await db.SaveChangesAsync(ct);
        var student = new Leerling
        {
            SchoolId = school.Id,
            Leerlingnummer = TestStudents.NewNumber(),
            FirstName = "Elders",
            LastName = "Kandidaat",
            BirthDate = Arrange.Today.AddYears(-16),
            Leerweg = Leerweg.Bb,
            Leerjaar = 4,
            Vakken = [new Vak { SchoolId = school.Id, Name = "Nederlands", Soort = VakSoort.Nederlands, Se = 6.0m, Ce = 6.0m }],
        };
        db.Leerlingen.Add(student);
        await db.SaveChangesAsync(ct);
        return (school.Id, student.Id);
    }

    private static async Task<int> PageCountAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken));
        using var pdf = PdfReader.Open(stream, PdfDocumentOpenMode.Import);
        return pdf.PageCount;
    }
}
