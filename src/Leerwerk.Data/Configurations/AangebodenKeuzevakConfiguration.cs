using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Data.Configurations;

internal sealed class AangebodenKeuzevakConfiguration : IEntityTypeConfiguration<AangebodenKeuzevak>
{
    public void Configure(EntityTypeBuilder<AangebodenKeuzevak> builder)
    {
        builder.ToTable("AangebodenKeuzevakken");
        builder.Property(k => k.Name).HasMaxLength(120);
        builder.Property(k => k.ProfielCode).HasMaxLength(10);
        builder.HasOne<School>().WithMany().HasForeignKey(k => k.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(k => new { k.SchoolId, k.Name }).IsUnique();
    }
}

internal sealed class AangebodenProfielConfiguration : IEntityTypeConfiguration<AangebodenProfiel>
{
    public void Configure(EntityTypeBuilder<AangebodenProfiel> builder)
    {
        builder.ToTable("AangebodenProfielen");
        builder.Property(p => p.ProfielCode).HasMaxLength(8);
        builder.HasOne<School>().WithMany().HasForeignKey(p => p.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ProfielRow>().WithMany().HasForeignKey(p => p.ProfielCode).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(p => new { p.SchoolId, p.ProfielCode }).IsUnique();
    }
}
