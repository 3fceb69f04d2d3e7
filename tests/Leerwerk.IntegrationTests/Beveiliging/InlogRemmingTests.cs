using System.Diagnostics;
using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Leerwerk.Data.Auditing;
using Leerwerk.Data.Identity;
using Leerwerk.IntegrationTests.Infrastructure;
using Leerwerk.Web.Infrastructure.Accounts;
using Leerwerk.Web.Pages.Account;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.IntegrationTests.Beveiliging;

/// <summary>
/// Login throttling per client address (the real one, from the known proxy) and per account, with one answer and about
/// the same time for unknown and known names; every attempt is audited.
/// </summary>
public sealed class InlogRemmingTests(BeveiligingAppFactory factory) : IClassFixture<BeveiligingAppFactory>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task UnknownAndKnownName_GetTheSameAnswer()
    {
        var name = await UserAsync("zelfde");
        using var one = factory.ClientFrom("198.51.100.11");
        using var two = factory.ClientFrom("198.51.100.12");

        var unknown = await ErrorOfAsync(await LoginAsync(one, $"bestaatniet{Guid.NewGuid():N}"[..16], "een-fout-wachtwoord"));
        var known = await ErrorOfAsync(await LoginAsync(two, name, "een-fout-wachtwoord"));

        Assert.Equal(InloggenModel.FailedMessage, unknown);
        Assert.Equal(unknown, known);
        Assert.DoesNotContain("geblokkeerd", known, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task UnknownName_TakesAboutAsLongAsAKnownOne()
    {
        var name = await UserAsync("tijd");
        var unknownName = $"onbekend{Guid.NewGuid():N}"[..16];

        // Alternating, from fresh addresses each time, so neither throttle nor warm-up favours one side.
        var known = new List<double>();
        var unknown = new List<double>();
        for (var i = 0; i < 4; i++)
        {
            known.Add(await TimedLoginAsync($"198.51.100.{30 + i}", name));
            unknown.Add(await TimedLoginAsync($"198.51.100.{40 + i}", unknownName));
        }

        // Before the fix an unknown name answered 16 times faster (no password hashing); now both hash.
        Assert.True(Median(unknown) > Median(known) / 3, $"unknown {Median(unknown):0} ms, known {Median(known):0} ms");
    }

    [Fact]
    public async Task FiveFailuresFromOneAddress_ThrottleThatAddress_NotTheAccount()
    {
        var name = await UserAsync("adres");
        using var stranger = factory.ClientFrom("198.51.100.20");
        for (var i = 0; i < InlogRemming.DefaultPerAddress; i++)
        {
            await LoginAsync(stranger, name, "raad-maar-eens-" + i);
        }

        var strangerRight = await LoginAsync(stranger, name, Arrange.Password);
        using var owner = factory.ClientFrom("198.51.100.21");
        var ownerRight = await LoginAsync(owner, name, Arrange.Password);

        Assert.Equal(InloggenModel.FailedMessage, await ErrorOfAsync(strangerRight));
        Assert.Equal(HttpStatusCode.Redirect, ownerRight.StatusCode);
    }

    [Fact]
    public async Task ManyFailuresFromManyAddresses_LockTheAccount_WithTheSameAnswer()
    {
        var name = await UserAsync("slot");
        for (var i = 0; i < LeerwerkIdentity.MaxFailedAttempts; i++)
        {
            using var attacker = factory.ClientFrom($"198.51.100.{100 + i}");
            await LoginAsync(attacker, name, "raad-maar-eens-" + i);
        }

        using var owner = factory.ClientFrom("198.51.100.99");
        var locked = await LoginAsync(owner, name, Arrange.Password);

        Assert.Equal(InloggenModel.FailedMessage, await ErrorOfAsync(locked));
    }

    [Fact]
    public async Task Logins_AreAudited_WithTheClientsAddress_AndNeverTheTypedName()
    {
        var name = await UserAsync("audit");
        var typed = $"getypt{Guid.NewGuid():N}"[..14];
        using var client = factory.ClientFrom("198.51.100.50");
        await LoginAsync(client, typed, "een-fout-wachtwoord");
        await LoginAsync(client, name, "een-fout-wachtwoord");
        await LoginAsync(client, name, Arrange.Password);

        await using var db = factory.CreateSystemDbContext();
        var entries = await db.Audit.Where(a => a.EntityType == AuditEvents.Login && a.Changes.Contains("198.51.100.50")).ToListAsync(Ct);
        Assert.Contains(entries, e => e.UserName == AuditEvents.UnknownUser && e.Action == AuditEvents.LoginFailed);
        Assert.Contains(entries, e => e.UserName == name && e.Action == AuditEvents.LoginFailed);
        Assert.Contains(entries, e => e.UserName == name && e.Action == AuditEvents.LoginSucceeded);
        Assert.DoesNotContain(await db.Audit.ToListAsync(Ct), e => e.UserName.Contains(typed, StringComparison.Ordinal) || e.Changes.Contains(typed, StringComparison.Ordinal));
    }

    private async Task<string> UserAsync(string prefix)
    {
        var name = $"{prefix}{Guid.NewGuid():N}"[..12];
        await Arrange.UserAsync(factory, name, Roles.Mentor);
        return name;
    }

    private async Task<double> TimedLoginAsync(string address, string name)
    {
        using var client = factory.ClientFrom(address);
        var (_, page) = await client.GetPageAsync("/Account/Inloggen");
        var form = page.QuerySelector<IHtmlFormElement>("form")!;
        var watch = Stopwatch.StartNew();
        using var response = await client.SubmitAsync("/Account/Inloggen", form, new Dictionary<string, string>
        {
            ["Input.UserName"] = name,
            ["Input.Password"] = "een-fout-wachtwoord",
        });
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(List<double> values)
    {
        var sorted = values.Order().ToList();
        return (sorted[(sorted.Count - 1) / 2] + sorted[sorted.Count / 2]) / 2;
    }

    private static Task<HttpResponseMessage> LoginAsync(TestClient client, string name, string password) =>
        client.SubmitFormAsync("/Account/Inloggen", "form", new Dictionary<string, string>
        {
            ["Input.UserName"] = name,
            ["Input.Password"] = password,
        });

    private static async Task<string> ErrorOfAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await TestClient.ParseAsync(response);
        return page.QuerySelector(".form-errors li")?.TextContent.Trim() ?? string.Empty;
    }
}
