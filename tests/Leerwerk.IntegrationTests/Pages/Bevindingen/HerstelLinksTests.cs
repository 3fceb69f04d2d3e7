using System.Net;
using Leerwerk.Data.Queries;
using Leerwerk.Domain.Dossiers;
using Leerwerk.Domain.Rules;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.Web.Bevindingen;

namespace Leerwerk.IntegrationTests.Pages.Bevindingen;

/// <summary>Every link to where a finding is fixed answers 200 for the coördinator and lands on a section that exists.</summary>
[Collection(WebCollectionB.Name)]
public sealed class HerstelLinksTests(LeerwerkAppFactory factory)
{
    [Fact]
    public async Task EveryFixLink_OfEveryMoetAndAdviesRule_Answers200WithItsSection()
    {
        var placement = await Arrange.PlacementAsync(factory);
        Dossier dossier;
        await using (var db = factory.CreateSystemDbContext())
        {
            dossier = (await db.LoadDossierAsync(placement.LeerlingId, TestContext.Current.CancellationToken))!;
        }

        var withoutAgreement = new Dossier { Leerling = dossier.Leerling };
        var companyId = dossier.Plaatsingen.Single().LeerbedrijfId;
        var links = RuleCatalog.All
            .Where(r => RuleCatalog.FixPlaceOf(r.Id) is not null)
            .SelectMany(r => new[]
            {
                HerstelLinks.ForDossier(r.Id, dossier), HerstelLinks.ForDossier(r.Id, withoutAgreement),
                HerstelLinks.ForLeerbedrijf(r.Id, companyId),
            })
            .Distinct(StringComparer.Ordinal)
            .ToList();
        using var client = await TestClient.LoggedInAsync(factory);

        var problems = new List<string>();
        foreach (var link in links)
        {
            var hash = link.IndexOf('#', StringComparison.Ordinal);
            var (response, page) = await client.GetPageAsync(hash < 0 ? link : link[..hash]);
            if (response.StatusCode != HttpStatusCode.OK)
            {
                problems.Add($"{link}: {(int)response.StatusCode}");
            }
            else if (hash >= 0 && page.GetElementById(link[(hash + 1)..]) is null)
            {
                problems.Add($"{link}: no element with that id");
            }
        }

        Assert.True(links.Count > 10, $"only {links.Count} links");
        Assert.Empty(problems);
    }
}
