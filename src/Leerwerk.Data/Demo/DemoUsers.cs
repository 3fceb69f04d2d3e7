using Leerwerk.Data.Identity;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Leerwerk.Data.Demo;

/// <summary>One account per role for the demo school; public passwords, so only ever in the demo.</summary>
public static class DemoUsers
{
    public const string Password = "demo-leerwerk-2026";

    public static readonly IReadOnlyList<DemoLogin> All =
    [
        new(Roles.Coordinator, "coordinator", Password),
        new(Roles.Mentor, "mentor", Password),
        new(Roles.Examensecretaris, "examensecretaris", Password),
        new(Roles.MboPartner, "mbopartner", Password),
        new(Roles.Beheerder, "demobeheerder", Password),
    ];

    private static readonly Dictionary<string, string> DisplayNames = new()
    {
        ["coordinator"] = "Anouk Verhoeven (LWT-coördinator)",
        ["mentor"] = "Dennis Bakker (mentor)",
        ["examensecretaris"] = "Marieke Jansen (examensecretaris)",
        ["mbopartner"] = "Yusuf Demir (ROC Betuwe Vakcollege)",
        ["demobeheerder"] = "Demo-beheerder",
    };

    /// <summary>The demo logins that exist in this database; empty when the demo is not loaded.</summary>
    public static async Task<IReadOnlyList<DemoLogin>> LoadedAsync(UserManager<LeerwerkUser> users)
    {
        ArgumentNullException.ThrowIfNull(users);
        var names = All.Select(l => l.UserName.ToUpperInvariant()).ToList();
        var present = await users.Users.Where(u => names.Contains(u.NormalizedUserName!)).Select(u => u.UserName!).ToListAsync();
        return All.Where(l => present.Contains(l.UserName)).ToList();
    }

    internal static async Task CreateAsync(UserManager<LeerwerkUser> users, LeerwerkDbContext db, int schoolId, int mboInstellingId)
    {
        foreach (var login in All)
        {
            if (await users.FindByNameAsync(login.UserName) is not null)
            {
                continue;
            }

            var user = new LeerwerkUser
            {
                UserName = login.UserName,
                DisplayName = DisplayNames[login.UserName],
                MboInstellingId = login.Role == Roles.MboPartner ? mboInstellingId : null,
            };
            Check(await users.CreateAsync(user, login.Password));
            Check(await users.AddToRoleAsync(user, login.Role));
            db.UserSchools.Add(new UserSchool { UserId = user.Id, SchoolId = schoolId });
            if (login.Role == Roles.Mentor)
            {
                await LinkMentoredStudentsAsync(db, user, schoolId);
            }
        }

        await db.SaveChangesAsync();
    }

    // The demo mentor account is the mentor named on half of the demo students.
    private static async Task LinkMentoredStudentsAsync(LeerwerkDbContext db, LeerwerkUser mentor, int schoolId)
    {
        var name = MentorNameOf(mentor.DisplayName);
        var ids = await db.Leerlingen.Where(l => l.SchoolId == schoolId && l.MentorName == name).Select(l => l.Id).ToListAsync();
        db.MentorLeerlingen.AddRange(ids.Select(id => new MentorLeerling { UserId = mentor.Id, LeerlingId = id, SchoolId = schoolId }));
    }

    private static string MentorNameOf(string displayName) => displayName[..displayName.IndexOf(" (", StringComparison.Ordinal)];

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
