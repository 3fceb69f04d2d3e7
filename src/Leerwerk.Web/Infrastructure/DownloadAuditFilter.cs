using System.Globalization;
using Leerwerk.Data;
using Leerwerk.Data.Auditing;
using Leerwerk.Data.Tenancy;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Leerwerk.Web.Infrastructure;

/// <summary>
/// Audits every download of personal data from a page: each file a page hands out (a dossier PDF, an intake letter,
/// an agreement document, a CSV or XLSX export) except the files in <see cref="NotPersonal"/>. One filter for all
/// pages, so a new download is audited without anyone remembering to. The entry names the record (a student's or an
/// agreement's id) so the trail of one person shows who took that person's data home.
/// </summary>
public sealed class DownloadAuditFilter : IAsyncResultFilter
{
    // The school's logo, the QR code of an approval link and the counts of the Rapportage page hold nothing about a person.
    private static readonly HashSet<string> NotPersonal = ["/Schoollogo", "/Overeenkomsten/Goedkeuringslink", "/Rapportage/Index"];

    // The record a page's id names; pages not listed export a list of the school (no one record).
    private static readonly Dictionary<string, string> RecordOfPage = new(StringComparer.Ordinal)
    {
        ["/Leerlingen/DossierPdf"] = "Leerling",
        ["/Leerlingen/Avg/Export"] = "Leerling",
        ["/Leerlingen/Intake/Index"] = "Leerling",
        ["/Documenten/Leerwerkovereenkomst"] = "Leerwerkovereenkomst",
        ["/Documenten/Samenwerkingsovereenkomst"] = "Samenwerkingsovereenkomst",
        ["/Leerbedrijven/Subsidie"] = "Leerbedrijf",
    };

    public async Task OnResultExecutionAsync(ResultExecutingContext context, ResultExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (context.Result is FileResult file
            && context.ActionDescriptor is CompiledPageActionDescriptor page
            && page.ViewEnginePath is { } pagePath
            && !NotPersonal.Contains(pagePath))
        {
            var services = context.HttpContext.RequestServices;
            var scope = services.GetRequiredService<ISchoolScope>();
            var db = services.GetRequiredService<LeerwerkDbContext>();
            var record = RecordOfPage.TryGetValue(pagePath, out var type) ? type : null;
            var id = Convert.ToString(context.RouteData.Values["id"], CultureInfo.InvariantCulture) ?? string.Empty;
            await AuditEvents.WriteAsync(
                db,
                scope.SchoolIds,
                scope.UserName,
                record ?? AuditEvents.Export,
                record is null ? pagePath : id,
                record is null ? AuditEvents.Exported : AuditEvents.Downloaded,
                new Dictionary<string, object?>
                {
                    ["Pagina"] = context.HttpContext.Request.Path.Value,
                    ["Handler"] = context.HttpContext.Request.Query["handler"].ToString(),
                    ["Bestand"] = file.FileDownloadName,
                },
                context.HttpContext.RequestAborted);
        }

        await next();
    }
}
