using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Data.Configurations;

internal sealed class MboInstellingConfiguration : IEntityTypeConfiguration<MboInstelling>
{
    public void Configure(EntityTypeBuilder<MboInstelling> builder)
    {
        builder.ToTable("MboInstellingen");
        builder.HasOne<School>().WithMany().HasForeignKey(m => m.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(m => m.SignatoryName).HasMaxLength(200);
        builder.Property(m => m.SignatoryEmail).HasMaxLength(200);
    }
}
