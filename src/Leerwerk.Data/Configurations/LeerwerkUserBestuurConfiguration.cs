using Leerwerk.Data.Identity;
using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Data.Configurations;

/// <summary>A board user's link to the bestuur; removing the board leaves the account without it.</summary>
internal sealed class LeerwerkUserBestuurConfiguration : IEntityTypeConfiguration<LeerwerkUser>
{
    public void Configure(EntityTypeBuilder<LeerwerkUser> builder) =>
        builder.HasOne<Bestuur>().WithMany().HasForeignKey(u => u.BestuurId).OnDelete(DeleteBehavior.SetNull);
}
