using Leerwerk.Data.Identity;
using Leerwerk.Domain.Leerlingen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Data.Configurations;

/// <summary>The link goes with either side: removing the account or the student removes it.</summary>
internal sealed class MentorLeerlingConfiguration : IEntityTypeConfiguration<MentorLeerling>
{
    public void Configure(EntityTypeBuilder<MentorLeerling> builder)
    {
        builder.ToTable("MentorLeerlingen");
        builder.HasKey(m => new { m.UserId, m.LeerlingId });
        builder.HasOne<LeerwerkUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Leerling>().WithMany().HasForeignKey(m => m.LeerlingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(m => m.LeerlingId);
    }
}
