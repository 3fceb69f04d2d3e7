using Leerwerk.Domain;
using Leerwerk.Domain.Csv;
using Leerwerk.Web.Infrastructure;

namespace Leerwerk.Web.Documents.Subsidie;

/// <summary>
/// The evidence pack as CSV (<see cref="CsvExport"/>): one row per placement, the same placements as the PDF, with
/// the company and the school year on every row so the rows of several companies can be put together.
/// </summary>
public static class SubsidieCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    public static readonly string[] Headers =
    [
        "Schooljaar", "Leerbedrijf", "KvK-nummer", "LWT-erkenningen", "Leerling", "Geboortedatum", "Profiel",
        "Begindatum", "Einddatum", "Eerder beëindigd op", "Stand", "Volledig ondertekend op", "Handtekeningen",
        "Dagen per week", "Uren per week", "Goedgekeurde uren", "Stagedagen", "Uren goedgekeurd door",
        "Praktijkbegeleider", "Mentor", "Begeleiding",
    ];

    public static string FileName(SubsidieBewijs bewijs) => SubsidieDocument.FileBaseName(bewijs) + ".csv";

    public static byte[] Write(SubsidieBewijs bewijs)
    {
        ArgumentNullException.ThrowIfNull(bewijs);
        var erkenningen = string.Join(", ", bewijs.Erkenningen.Where(e => e.IsLwt).Select(e =>
            $"{Domain.Profielen.Profielen.Find(e.ProfielCode)?.Name ?? e.ProfielCode} (erkend op {Nl.Date(e.GrantedOn)}{(e.WithdrawnOn is { } w ? $", ingetrokken op {Nl.Date(w)}" : "")})"));
        return CsvExport.Write(Headers, bewijs.Plaatsingen.Select(p => Cells(bewijs, erkenningen, p)));
    }

    private static object?[] Cells(SubsidieBewijs bewijs, string erkenningen, SubsidiePlaatsing p) =>
    [
        bewijs.SchooljaarNaam, bewijs.Leerbedrijf.Name, bewijs.Leerbedrijf.KvkNumber, erkenningen, p.LeerlingNaam,
        Nl.Date(p.Geboortedatum), Domain.Profielen.Profielen.Find(p.ProfielCode)?.Name ?? "", Nl.Date(p.StartDate),
        Nl.Date(p.EndDate), p.EndedOn is { } ended ? Nl.Date(ended) : "", p.Status.Label(),
        p.FullySignedOn is { } signed ? Nl.Date(signed) : "",
        string.Join("; ", p.Ondertekeningen.Select(o => $"{o.Partij.Label()}: {o.SignerName}, {Nl.Date(o.SignedOn)}")),
        p.DaysPerWeek, p.HoursPerWeek, p.ApprovedHours, p.ApprovedDays, string.Join(", ", p.GoedgekeurdDoor),
        SubsidieDocument.Supervisor(p), p.MentorNaam ?? "", p.Begeleiding?.Trim() ?? "",
    ];
}
