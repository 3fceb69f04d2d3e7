using Leerwerk.Domain.Overeenkomsten;
using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Infrastructure;

/// <summary>A samenwerkingsovereenkomst of the demo school, as entered without the app's signing, ready to be offered.</summary>
public static partial class Arrange
{
    /// <summary>
    /// A new mbo-instelling of the demo school with a signatory and an address, and a samenwerkingsovereenkomst with it
    /// in the default state (signed outside the app); the demo school's signatory gets <see cref="SignatoryEmail"/>.
    /// </summary>
    public static async Task<SigningSamenwerking> SigningSamenwerkingAsync(LeerwerkAppFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var ct = TestContext.Current.CancellationToken;
        var schoolId = (await CompanyAsync(factory)).SchoolId;
        var suffix = Guid.NewGuid().ToString("N")[..8];
        await using var db = factory.CreateSystemDbContext();
        var school = await db.Scholen.SingleAsync(s => s.Id == schoolId, ct);
        school.SignatoryEmail ??= SignatoryEmail;
        var partner = new MboInstelling
        {
            SchoolId = schoolId,
            Name = $"ROC Teken{suffix}",
            BevoegdGezag = $"Stichting ROC Teken{suffix}",
            OffersBasisberoepsopleiding = true,
            SignatoryName = $"Bestuurder {suffix}",
            SignatoryEmail = $"bestuur.{suffix}@roc.example",
        };
        db.MboInstellingen.Add(partner);
        await db.SaveChangesAsync(ct);
        var agreement = new Samenwerkingsovereenkomst
        {
            SchoolId = schoolId,
            MboInstellingId = partner.Id,
            StartDate = Today.AddMonths(-1),
            Toelatingscommissie = "Teamleider en intaker van het ROC.",
        };
        db.Samenwerkingsovereenkomsten.Add(agreement);
        await db.SaveChangesAsync(ct);
        return new SigningSamenwerking(schoolId, agreement.Id, partner.Id, partner.Name, partner.SignatoryEmail);
    }

    public sealed record SigningSamenwerking(int SchoolId, int AgreementId, int MboInstellingId, string MboName, string MboEmail);
}
