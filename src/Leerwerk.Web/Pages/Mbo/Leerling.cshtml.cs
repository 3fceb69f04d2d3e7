using Leerwerk.Data;
using Leerwerk.Data.Identity;
using Leerwerk.Data.Queries;
using Leerwerk.Domain.Doorstroom;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Mbo;

/// <summary>One shared student for the mbo partner, read-only: route, programme (no grades) and doorstroom. Not shared is a 404.</summary>
[Authorize(Policy = Policies.MboPartner)]
public sealed class LeerlingModel(LeerwerkDbContext db, UserManager<LeerwerkUser> users, TimeProvider clock) : MboPartnerPage(users)
{
    public Leerling Leerling { get; private set; } = null!;

    public IReadOnlyList<DoorstroomRecord> Doorstroom { get; private set; } = [];

    public DateOnly Today { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        Today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        if (await MboInstellingIdAsync() is not { } instellingId
            || await db.SharedStudentAsync(instellingId, id, Today, ct) is not { } student)
        {
            return NotFound();
        }

        Leerling = student;
        Doorstroom = await db.Doorstroom.AsNoTracking().Where(d => d.LeerlingId == id).OrderBy(d => d.Id).ToListAsync(ct);
        return Page();
    }
}
