using Leerwerk.Data;
using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Pages.Examen;

/// <summary>
/// The leerjaar 4 candidates (regular BB and LWT) with the result the engine computes from the grades recorded
/// so far (UB WVO 2020 art. 3.35), filterable by status and class and sortable.
/// </summary>
[Authorize(Policy = Policies.Exam)]
public sealed class IndexModel(LeerwerkDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<Row> Rows { get; private set; } = [];

    public IReadOnlyList<string> Classes { get; private set; } = [];

    public UitslagStatus? Status { get; private set; }

    public string? Klas { get; private set; }

    public string Sort { get; private set; } = "naam";

    public async Task OnGetAsync(string? status, string? klas, string? sort, CancellationToken ct)
    {
        Status = ParseStatus(status);
        Klas = string.IsNullOrWhiteSpace(klas) ? null : klas;
        Sort = sort is "klas" or "status" ? sort : "naam";
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

        var students = await ExamenKandidaten.LoadAsync(db, null, ct);
        Classes = [.. students.Select(s => s.ClassName ?? "").Where(c => c.Length > 0).Distinct().Order(StringComparer.Ordinal)];
        var rows = students
            .Where(s => Klas is null || s.ClassName == Klas)
            .Select(s => new Row(s.Id, s.Leerlingnummer, s.FullName, s.LastName, s.ClassName, s.RouteOn(today),
                UitslagBepaling.Bepaal(LeerlingKandidaat.From(s, today))))
            .Where(r => Status is null || r.Uitslag.Status == Status);
        Rows = Sort switch
        {
            "klas" => [.. rows.OrderBy(r => r.ClassName, StringComparer.Ordinal).ThenBy(r => r.SortName, StringComparer.Ordinal)],
            "status" => [.. rows.OrderBy(r => r.Uitslag.Status).ThenBy(r => r.SortName, StringComparer.Ordinal)],
            _ => [.. rows],
        };
    }

    public static UitslagStatus? ParseStatus(string? value) => value?.Trim().ToLowerInvariant() switch
    {
        "geslaagd" => UitslagStatus.Geslaagd,
        "afgewezen" => UitslagStatus.Afgewezen,
        "onvolledig" => UitslagStatus.Onvolledig,
        "ongeldig" => UitslagStatus.Ongeldig,
        _ => null,
    };

    /// <summary>One candidate and their computed result.</summary>
    public sealed record Row(int LeerlingId, string Leerlingnummer, string Name, string SortName, string? ClassName, Leerroute? Route, Uitslag Uitslag);
}
