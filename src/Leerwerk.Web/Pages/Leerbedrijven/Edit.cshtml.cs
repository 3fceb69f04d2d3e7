using Leerwerk.Data;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Leerbedrijven;

/// <summary>Changes the name, KvK number and address of a leerbedrijf.</summary>
[Authorize(Policy = Policies.Editors)]
public sealed class EditModel(LeerwerkDbContext db) : LeerbedrijfFormModel(db)
{
    public int Id { get; private set; }

    public string LeerbedrijfName { get; private set; } = string.Empty;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var company = await Db.Leerbedrijven.AsNoTracking().FirstOrDefaultAsync(b => b.Id == id, ct);
        if (company is null)
        {
            return NotFound();
        }

        Id = id;
        LeerbedrijfName = company.Name;
        Input = From(company);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken ct)
    {
        var company = await Db.Leerbedrijven.FirstOrDefaultAsync(b => b.Id == id, ct);
        if (company is null)
        {
            return NotFound();
        }

        Id = id;
        LeerbedrijfName = company.Name;
        await ValidateAsync(company.SchoolId, id, ct);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Apply(company);
        await Db.SaveChangesAsync(ct);
        TempData["Status"] = $"Leerbedrijf {company.Name} opgeslagen.";
        return RedirectToPage("Details", new { id });
    }
}
