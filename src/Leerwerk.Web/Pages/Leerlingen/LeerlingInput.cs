using System.ComponentModel.DataAnnotations;
using Leerwerk.Data;
using Leerwerk.Domain;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Profielen;
using Leerwerk.Domain.Scholen.Gegevens;
using Leerwerk.Web.Infrastructure.Tekst;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Leerlingen;

/// <summary>The student form of <see cref="EditModel"/> and <see cref="NieuwModel"/>, with the first parent.</summary>
[Kolom(typeof(Leerwerk.Domain.Leerlingen.Leerling))]
public sealed class LeerlingInput
{
    public const int MinAge = 10;
    public const int MaxAge = 25;

    [Required]
    [StringLength(Tekstlengte.Kort)]
    [RegularExpression("^[0-9A-Za-z]+$", ErrorMessage = "Leerlingnummer mag alleen cijfers en letters bevatten.")]
    [Display(Name = "Leerlingnummer")]
    public string? Leerlingnummer { get; set; }

    [Required]
    [StringLength(Tekstlengte.Naamdeel)]
    [Display(Name = "Voornaam")]
    public string? FirstName { get; set; }

    [StringLength(Tekstlengte.Kort)]
    [Display(Name = "Tussenvoegsel")]
    public string? Tussenvoegsel { get; set; }

    [Required]
    [StringLength(Tekstlengte.Naamdeel)]
    [Display(Name = "Achternaam")]
    public string? LastName { get; set; }

    [Required]
    [Display(Name = "Geboortedatum")]
    public DateOnly? BirthDate { get; set; }

    [StringLength(Tekstlengte.Naam)]
    [Display(Name = "Straat")]
    public string? Street { get; set; }

    [StringLength(Tekstlengte.Kort)]
    [Display(Name = "Huisnummer")]
    public string? HouseNumber { get; set; }

    [StringLength(Tekstlengte.Postcode)]
    [Display(Name = "Postcode")]
    public string? PostalCode { get; set; }

    [StringLength(Tekstlengte.Naamdeel)]
    [Display(Name = "Woonplaats")]
    public string? City { get; set; }

    [Required]
    [Display(Name = "Leerweg")]
    public Leerweg? Leerweg { get; set; }

    [Required]
    [Range(1, 6)]
    [Display(Name = "Leerjaar")]
    public int? Leerjaar { get; set; }

    [StringLength(Tekstlengte.Profielcode)]
    [Display(Name = "Profiel")]
    public string? ProfielCode { get; set; }

    [StringLength(Tekstlengte.Kort)]
    [Display(Name = "Klas")]
    public string? ClassName { get; set; }

    [StringLength(Tekstlengte.Naamdeel)]
    [Display(Name = "Mentor")]
    public string? MentorName { get; set; }

    [StringLength(Tekstlengte.Email)]
    [EmailAddress(ErrorMessage = "Vul een geldig e-mailadres in.")]
    [Display(Name = "E-mailadres van de leerling")]
    public string? Email { get; set; }

    [Display(Name = "Leer-werktraject beoogd (B4)")]
    public bool LwtBeoogd { get; set; }

    [Range(0, 2000, ErrorMessage = "Vul tussen 0 en 2000 uur in.")]
    [Display(Name = "Uren op kerndoelen in leerjaar 1")]
    public decimal? KerndoelUrenLeerjaar1 { get; set; }

    [Range(0, 2000, ErrorMessage = "Vul tussen 0 en 2000 uur in.")]
    [Display(Name = "Uren op kerndoelen in leerjaar 2")]
    public decimal? KerndoelUrenLeerjaar2 { get; set; }

    [StringLength(Tekstlengte.Naam)]
    [Display(Name = "Naam ouder of verzorger")]
    [Kolom(typeof(Leerwerk.Domain.Leerlingen.WettelijkVertegenwoordiger), nameof(Leerwerk.Domain.Leerlingen.WettelijkVertegenwoordiger.Name))]
    public string? ParentName { get; set; }

    [StringLength(Tekstlengte.Naamdeel)]
    [Display(Name = "Relatie")]
    [Kolom(typeof(Leerwerk.Domain.Leerlingen.WettelijkVertegenwoordiger), nameof(Leerwerk.Domain.Leerlingen.WettelijkVertegenwoordiger.Relation))]
    public string? ParentRelation { get; set; }

    // Explicit: EmailAddressAttribute reports its English default as ErrorMessage, so the Dutch provider skips it.
    [EmailAddress(ErrorMessage = "{0} is geen geldig e-mailadres.")]
    [StringLength(Tekstlengte.Email)]
    [Display(Name = "E-mailadres ouder of verzorger")]
    [Kolom(typeof(Leerwerk.Domain.Leerlingen.WettelijkVertegenwoordiger), nameof(Leerwerk.Domain.Leerlingen.WettelijkVertegenwoordiger.Email))]
    public string? ParentEmail { get; set; }

    [StringLength(Tekstlengte.Telefoon)]
    [Display(Name = "Telefoonnummer ouder of verzorger")]
    [Kolom(typeof(Leerwerk.Domain.Leerlingen.WettelijkVertegenwoordiger), nameof(Leerwerk.Domain.Leerlingen.WettelijkVertegenwoordiger.Phone))]
    public string? ParentPhone { get; set; }

    private bool HasParent =>
        !string.IsNullOrWhiteSpace(ParentName) || !string.IsNullOrWhiteSpace(ParentRelation)
        || !string.IsNullOrWhiteSpace(ParentEmail) || !string.IsNullOrWhiteSpace(ParentPhone);

    public static LeerlingInput From(Leerling student)
    {
        ArgumentNullException.ThrowIfNull(student);
        var parent = FirstParent(student);
        return new LeerlingInput
        {
            Leerlingnummer = student.Leerlingnummer,
            FirstName = student.FirstName,
            Tussenvoegsel = student.Tussenvoegsel,
            LastName = student.LastName,
            BirthDate = student.BirthDate,
            Street = student.Street,
            HouseNumber = student.HouseNumber,
            PostalCode = student.PostalCode,
            City = student.City,
            Leerweg = student.Leerweg,
            Leerjaar = student.Leerjaar,
            ProfielCode = student.ProfielCode,
            ClassName = student.ClassName,
            MentorName = student.MentorName,
            Email = student.Email,
            LwtBeoogd = student.LwtBeoogd,
            KerndoelUrenLeerjaar1 = student.KerndoelUrenLeerjaar1,
            KerndoelUrenLeerjaar2 = student.KerndoelUrenLeerjaar2,
            ParentName = parent?.Name,
            ParentRelation = parent?.Relation,
            ParentEmail = parent?.Email,
            ParentPhone = parent?.Phone,
        };
    }

    /// <summary>
    /// The checks attributes cannot do: a plausible birth date, a known profiel (required from
    /// leerjaar 3), a parent with a name, and a leerlingnummer not yet used in the school.
    /// </summary>
    public async Task ValidateAsync(
        ModelStateDictionary modelState, LeerwerkDbContext db, int schoolId, int? studentId, DateOnly today, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        ArgumentNullException.ThrowIfNull(db);
        if (BirthDate is { } birthDate)
        {
            var age = AgeOn(birthDate, today);
            if (birthDate > today)
            {
                modelState.AddModelError($"Input.{nameof(BirthDate)}", "Geboortedatum ligt in de toekomst.");
            }
            else if (age is < MinAge or > MaxAge)
            {
                modelState.AddModelError($"Input.{nameof(BirthDate)}",
                    $"Geboortedatum klopt niet: de leerling zou vandaag {age} jaar zijn. Een leerling is tussen {MinAge} en {MaxAge} jaar.");
            }
        }

        ValidateAddress(modelState);

        if (!string.IsNullOrEmpty(ProfielCode) && Profielen.Find(ProfielCode) is null)
        {
            modelState.AddModelError($"Input.{nameof(ProfielCode)}", "Kies een profiel uit de lijst.");
        }
        else if (string.IsNullOrEmpty(ProfielCode) && Leerjaar >= 3)
        {
            modelState.AddModelError($"Input.{nameof(ProfielCode)}", "Kies een profiel: vanaf leerjaar 3 volgt een leerling een profiel.");
        }

        if (HasParent && string.IsNullOrWhiteSpace(ParentName))
        {
            modelState.AddModelError($"Input.{nameof(ParentName)}", "Vul Naam ouder of verzorger in.");
        }

        var nummer = Leerlingnummer?.Trim();
        if (!string.IsNullOrEmpty(nummer)
            && await db.Leerlingen.AnyAsync(l => l.SchoolId == schoolId && l.Leerlingnummer == nummer && l.Id != studentId, ct))
        {
            modelState.AddModelError($"Input.{nameof(Leerlingnummer)}", $"Leerlingnummer {nummer} bestaat al op deze school.");
        }
    }

    /// <summary>The address may stay empty (a LAS import has none); once begun it must be complete and well-formed.</summary>
    private void ValidateAddress(ModelStateDictionary modelState)
    {
        var adres = new Adres(Street, HouseNumber, PostalCode, City);
        if (adres.Regel.Length == 0)
        {
            return;
        }

        foreach (var (part, field) in new[] { ("Straat", nameof(Street)), ("Huisnummer", nameof(HouseNumber)), ("Postcode", nameof(PostalCode)), ("Plaats", nameof(City)) })
        {
            if (adres.Fouten().TryGetValue(part, out var message))
            {
                modelState.AddModelError($"Input.{field}", message);
            }
        }
    }

    /// <summary>Copies the form onto the student; call only when the model state is valid.</summary>
    public void ApplyTo(Leerling student)
    {
        ArgumentNullException.ThrowIfNull(student);
        student.Leerlingnummer = Leerlingnummer!.Trim();
        student.FirstName = FirstName!.Trim();
        student.Tussenvoegsel = Blank(Tussenvoegsel);
        student.LastName = LastName!.Trim();
        student.BirthDate = BirthDate!.Value;
        student.Street = Blank(Street);
        student.HouseNumber = Blank(HouseNumber);
        student.PostalCode = Postcode.Normalize(PostalCode);
        student.City = Blank(City);
        student.Leerweg = Leerweg!.Value;
        student.Leerjaar = Leerjaar!.Value;
        student.ProfielCode = Profielen.Find(ProfielCode)?.Code;
        student.ClassName = Blank(ClassName);
        student.MentorName = Blank(MentorName);
        student.Email = Blank(Email);
        student.LwtBeoogd = LwtBeoogd;
        student.KerndoelUrenLeerjaar1 = KerndoelUrenLeerjaar1;
        student.KerndoelUrenLeerjaar2 = KerndoelUrenLeerjaar2;

        var parent = FirstParent(student);
        if (!HasParent)
        {
            if (parent is not null)
            {
                student.Vertegenwoordigers.Remove(parent);
            }

            return;
        }

        if (parent is null)
        {
            parent = new WettelijkVertegenwoordiger { SchoolId = student.SchoolId, Name = string.Empty };
            student.Vertegenwoordigers.Add(parent);
        }

        parent.Name = ParentName!.Trim();
        parent.Relation = Blank(ParentRelation);
        parent.Email = Blank(ParentEmail);
        parent.Phone = Blank(ParentPhone);
    }

    private static WettelijkVertegenwoordiger? FirstParent(Leerling student) =>
        student.Vertegenwoordigers.OrderBy(v => v.Id).FirstOrDefault();

    private static int AgeOn(DateOnly birthDate, DateOnly date)
    {
        var age = date.Year - birthDate.Year;
        return birthDate.AddYears(age) > date ? age - 1 : age;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
