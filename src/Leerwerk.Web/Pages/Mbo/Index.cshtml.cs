using Leerwerk.Data;
using Leerwerk.Data.Identity;
using Leerwerk.Data.Queries;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Web.Pages.Mbo;

/// <summary>The mbo partner's list: the LWT students shared with its instelling (see <see cref="GedeeldeLeerlingen"/>), read-only.</summary>
[Authorize(Policy = Policies.MboPartner)]
public sealed class IndexModel(LeerwerkDbContext db, UserManager<LeerwerkUser> users, TimeProvider clock) : MboPartnerPage(users)
{
    public IReadOnlyList<Leerling> Leerlingen { get; private set; } = [];

    public IReadOnlySet<int> WithDoorstroom { get; private set; } = new HashSet<int>();

    public string? Instelling { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        if (await MboInstellingIdAsync() is not { } instellingId)
        {
            return;
        }

        Instelling = await db.MboInstellingen.AsNoTracking().Where(m => m.Id == instellingId).Select(m => m.Name).SingleOrDefaultAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
        Leerlingen = await db.SharedWithAsync(instellingId, today, ct);
        var ids = Leerlingen.Select(s => s.Id).ToList();
        WithDoorstroom = (await db.Doorstroom.AsNoTracking().Where(d => ids.Contains(d.LeerlingId)).Select(d => d.LeerlingId).ToListAsync(ct)).ToHashSet();
    }
}
