using System.ComponentModel.DataAnnotations;
using Leerwerk.Data;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerbedrijven;
using Leerwerk.Web.Infrastructure;
using Leerwerk.Web.Infrastructure.Tekst;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Leerbedrijven;

/// <summary>What the pages Nieuw and Edit share: the form, its checks and how it fills a <see cref="Leerbedrijf"/>.</summary>
[Authorize(Policy = Policies.Editors)]
public abstract class LeerbedrijfFormModel(LeerwerkDbContext db) : PageModel
{
    public const string KvkMessage = "Het KvK-nummer moet uit 8 cijfers bestaan.";

    public const string PostalCodeMessage = "Vul de postcode in als vier cijfers en twee letters, bijvoorbeeld 1234 AB.";

    protected LeerwerkDbContext Db { get; } = db;

    [BindProperty]
    public LeerbedrijfInput Input { get; set; } = new();

    /// <summary>Checks what attributes cannot: a KvK number is unique within the school.</summary>
    protected async Task ValidateAsync(int schoolId, int? id, CancellationToken ct)
    {
        var kvk = Input.KvkNumber?.Trim();
        if (!string.IsNullOrEmpty(kvk) && ModelState.GetFieldValidationState("Input.KvkNumber") != Microsoft.AspNetCore.Mvc.ModelBinding.ModelValidationState.Invalid
            && await Db.Leerbedrijven.AnyAsync(b => b.SchoolId == schoolId && b.KvkNumber == kvk && b.Id != id, ct))
        {
            ModelState.AddModelError("Input.KvkNumber", "Er is al een leerbedrijf met dit KvK-nummer.");
        }
    }

    protected void Apply(Leerbedrijf company)
    {
        ArgumentNullException.ThrowIfNull(company);
        company.Name = Input.Name!.Trim();
        company.KvkNumber = Input.KvkNumber!.Trim();
        company.SbbLeerbedrijfId = Blank(Input.SbbLeerbedrijfId);
        company.Street = Blank(Input.Street);
        company.PostalCode = NormalizePostalCode(Input.PostalCode);
        company.City = Blank(Input.City);
    }

    protected static LeerbedrijfInput From(Leerbedrijf company)
    {
        ArgumentNullException.ThrowIfNull(company);
        return new LeerbedrijfInput
        {
            Name = company.Name,
            KvkNumber = company.KvkNumber,
            SbbLeerbedrijfId = company.SbbLeerbedrijfId,
            Street = company.Street,
            PostalCode = company.PostalCode,
            City = company.City,
        };
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    /// <summary>"1234ab" → "1234 AB", the way PostNL writes it.</summary>
    private static string? NormalizePostalCode(string? text)
    {
        var trimmed = Blank(text);
        return trimmed is null ? null : $"{trimmed[..4]} {trimmed[^2..].ToUpperInvariant()}";
    }

    [Kolom(typeof(Leerwerk.Domain.Leerbedrijven.Leerbedrijf))]

    public sealed class LeerbedrijfInput
    {
        [Required]
        [StringLength(Tekstlengte.Standaard)]
        [Display(Name = "Naam")]
        public string? Name { get; set; }

        // Too long is the same mistake as any other wrong KvK number: one message for both.
        [StringLength(Tekstlengte.Kvk, ErrorMessage = KvkMessage)]
        [Required]
        [RegularExpression("^[0-9]{8}$", ErrorMessage = KvkMessage)]
        [Display(Name = "KvK-nummer")]
        public string? KvkNumber { get; set; }

        [StringLength(Tekstlengte.Standaard)]
        [Display(Name = "SBB-nummer")]
        public string? SbbLeerbedrijfId { get; set; }

        [StringLength(Tekstlengte.Standaard)]
        [Display(Name = "Straat en huisnummer")]
        public string? Street { get; set; }

        [RegularExpression("^ *[1-9][0-9]{3} ?[A-Za-z]{2} *$", ErrorMessage = PostalCodeMessage)]
        [Display(Name = "Postcode")]
        public string? PostalCode { get; set; }

        [StringLength(Tekstlengte.Standaard)]
        [Display(Name = "Plaats")]
        public string? City { get; set; }
    }
}
