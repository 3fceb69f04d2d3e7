using Leerwerk.Data;
using Leerwerk.Data.Accounts;
using Leerwerk.Data.Identity;
using Leerwerk.Domain;
using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Scholen;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Pages.Kalender;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.LandelijkeVakanties;

/// <summary>
/// The national school holidays per school year and regio that a new school year's calendar starts from: the ones
/// Leerwerk has built in (<see cref="Schoolvakanties.Schooljaren"/>) and the ones the beheerder of the
/// installation copied from the Rijksoverheid list, which take the place of a built-in one of the same kind. Every
/// beheerder reads them; only the beheerder of the installation enters or removes one, audited as the installation's.
/// A school's calendar that was already saved keeps its own dates; the calendar page offers to add the national ones.
/// </summary>
[Authorize(Policy = Policies.Beheer)]
public sealed class IndexModel(LeerwerkDbContext db, AccountBootstrapper accounts, UserManager<LeerwerkUser> users, TimeProvider clock) : PageModel
{
    [BindProperty]
    public VakantieInput Input { get; set; } = new();

    public int Jaar { get; private set; }

    public bool MagBeheren { get; private set; }

    /// <summary>The school years to choose from: the built-in ones, the entered ones, this one and the next.</summary>
    public IReadOnlyList<int> Jaren { get; private set; } = [];

    /// <summary>Per kind of holiday, per regio, the holiday of <see cref="Jaar"/> (null: not known).</summary>
    public IReadOnlyList<VakantieRij> Rijen { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? jaar, CancellationToken ct)
    {
        if (!Kies(jaar))
        {
            return NotFound();
        }

        await LoadAsync(ct);
        return Page();
    }

    /// <summary>Enters one holiday for one regio or all three, replacing what was entered for that kind and regio before.</summary>
    public async Task<IActionResult> OnPostOpslaanAsync(int jaar, CancellationToken ct)
    {
        if (!Kies(jaar))
        {
            return NotFound();
        }

        if (!await InstallationAsync(ct))
        {
            return Forbid();
        }

        Input.Check(ModelState, Jaar);
        if (!ModelState.IsValid)
        {
            await LoadAsync(ct);
            return Page();
        }

        var regios = Input.Regios;
        var bestaand = await db.LandelijkeVakanties
            .Where(v => v.Schooljaar == Jaar && v.Omschrijving == Input.Soort)
            .ToListAsync(ct);
        foreach (var regio in regios)
        {
            var vakantie = bestaand.FirstOrDefault(v => v.Regio == regio);
            if (vakantie is null)
            {
                vakantie = new LandelijkeVakantie { Schooljaar = Jaar, Regio = regio, Omschrijving = Input.Soort! };
                db.LandelijkeVakanties.Add(vakantie);
            }

            vakantie.Van = Input.Van!.Value;
            vakantie.Tot = Input.Tot!.Value;
        }

        await db.SaveChangesAsync(ct);
        var waar = regios.Count == 1 ? $"regio {regios[0].ToString().ToLowerInvariant()}" : "alle regio's";
        TempData["Status"] = $"{Input.Soort} {Schoolkalender.Label(Jaar)} voor {waar} opgeslagen: {Nl.Date(Input.Van!.Value)} tot en met {Nl.Date(Input.Tot!.Value)}.";
        return RedirectToPage(new { jaar = Jaar });
    }

    /// <summary>Removes an entered holiday; a built-in one of the same kind applies again.</summary>
    public async Task<IActionResult> OnPostVerwijderAsync(int jaar, int id, CancellationToken ct)
    {
        if (!Kies(jaar))
        {
            return NotFound();
        }

        if (!await InstallationAsync(ct))
        {
            return Forbid();
        }

        var vakantie = await db.LandelijkeVakanties.SingleOrDefaultAsync(v => v.Id == id && v.Schooljaar == Jaar, ct);
        if (vakantie is null)
        {
            return NotFound();
        }

        db.LandelijkeVakanties.Remove(vakantie);
        await db.SaveChangesAsync(ct);
        TempData["Status"] = $"{vakantie.Omschrijving} {Schoolkalender.Label(Jaar)} van regio {vakantie.Regio.ToString().ToLowerInvariant()} is verwijderd.";
        return RedirectToPage(new { jaar = Jaar });
    }

    /// <summary>The school year of the address, today's when it names none; false for a year outside 2000-2100 (a typo).</summary>
    private bool Kies(int? jaar)
    {
        Jaar = jaar ?? KalenderSchool.HuidigJaar(clock);
        return Jaar is >= 2000 and <= 2100;
    }

    private async Task<bool> InstallationAsync(CancellationToken ct) =>
        await users.GetUserAsync(User) is { } user && await accounts.IsInstallationAdministratorAsync(user, ct);

    private async Task LoadAsync(CancellationToken ct)
    {
        MagBeheren = await InstallationAsync(ct);
        var huidig = KalenderSchool.HuidigJaar(clock);
        var ingevoerdeJaren = await db.LandelijkeVakanties.AsNoTracking().Select(v => v.Schooljaar).Distinct().ToListAsync(ct);
        Jaren = [.. Schoolvakanties.Schooljaren.Concat(ingevoerdeJaren).Append(huidig).Append(huidig + 1).Append(Jaar).Distinct().Order()];

        // The holidays as a school of each regio gets them (Schoolvakanties.Van decides which one applies); the id says
        // whether the beheerder entered it, so the page can offer to remove it.
        var ingevoerd = await db.LandelijkeVakanties.AsNoTracking().Where(v => v.Schooljaar == Jaar).ToListAsync(ct);
        var perRegio = Enum.GetValues<Regio>().ToDictionary(regio => regio, regio => Schoolvakanties.Van(regio, Jaar, ingevoerd));
        Rijen = [.. Schoolvakanties.Soorten.Select(soort => new VakantieRij(soort, [.. perRegio.Select(regio =>
            regio.Value.FirstOrDefault(v => v.Omschrijving == soort) is { } vakantie
                ? new VakantieCel(regio.Key, vakantie.Van, vakantie.Tot, ingevoerd.FirstOrDefault(v => v.Regio == regio.Key && v.Omschrijving == soort)?.Id)
                : new VakantieCel(regio.Key, null, null, null))]))];
    }

    public sealed record VakantieRij(string Soort, IReadOnlyList<VakantieCel> Regios);

    /// <summary>One regio's holiday of a kind; <c>IngevoerdId</c> is the entered holiday's id, null when it is built in or not known.</summary>
    public sealed record VakantieCel(Regio Regio, DateOnly? Van, DateOnly? Tot, int? IngevoerdId);
}
