using Leerwerk.Data.Achtergrond;
using Leerwerk.Data.Herinneringen;
using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Data.Configurations;

internal sealed class BackgroundLeaseConfiguration : IEntityTypeConfiguration<BackgroundLease>
{
    public void Configure(EntityTypeBuilder<BackgroundLease> builder)
    {
        builder.ToTable("BackgroundLeases");
        builder.HasKey(l => l.Name);
        builder.Property(l => l.Name).HasMaxLength(100);
        builder.Property(l => l.Holder).HasMaxLength(200);
    }
}

internal sealed class HerinneringInstellingenConfiguration : IEntityTypeConfiguration<HerinneringInstellingen>
{
    public void Configure(EntityTypeBuilder<HerinneringInstellingen> builder)
    {
        builder.ToTable("HerinneringInstellingen");
        builder.HasOne<School>().WithMany().HasForeignKey(h => h.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(h => h.SchoolId).IsUnique();
    }
}

internal sealed class VerzondenHerinneringConfiguration : IEntityTypeConfiguration<VerzondenHerinnering>
{
    public void Configure(EntityTypeBuilder<VerzondenHerinnering> builder)
    {
        builder.ToTable("VerzondenHerinneringen");
        builder.HasOne<School>().WithMany().HasForeignKey(h => h.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(h => h.Soort).HasConversion<string>().HasMaxLength(40);
        builder.Property(h => h.Onderwerp).HasMaxLength(100);
        builder.Property(h => h.Aanleiding).HasMaxLength(100);
        // Once per occasion: the index refuses a second row, and with it the second run's messages.
        builder.HasIndex(h => new { h.SchoolId, h.Soort, h.Onderwerp, h.Aanleiding }).IsUnique();
    }
}
