using Leerwerk.Domain.Kalender;
using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Data.Configurations;

internal sealed class SchoolkalenderConfiguration : IEntityTypeConfiguration<Schoolkalender>
{
    public void Configure(EntityTypeBuilder<Schoolkalender> builder)
    {
        builder.ToTable("Schoolkalenders");
        builder.HasOne<School>().WithMany().HasForeignKey(k => k.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(k => new { k.SchoolId, k.Schooljaar }).IsUnique();
        builder.HasMany(k => k.VrijePeriodes).WithOne().HasForeignKey(v => v.SchoolkalenderId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(k => k.Lesdagen).WithOne().HasForeignKey(l => l.SchoolkalenderId).OnDelete(DeleteBehavior.Cascade);
        builder.Ignore(k => k.Naam);
    }
}

internal sealed class VrijePeriodeConfiguration : IEntityTypeConfiguration<VrijePeriode>
{
    public void Configure(EntityTypeBuilder<VrijePeriode> builder)
    {
        builder.ToTable("VrijePeriodes");
        builder.Property(v => v.Omschrijving).HasMaxLength(200);
    }
}

internal sealed class KlasLesdagenConfiguration : IEntityTypeConfiguration<KlasLesdagen>
{
    public void Configure(EntityTypeBuilder<KlasLesdagen> builder)
    {
        builder.ToTable("KlasLesdagen");
        builder.Property(l => l.ClassName).HasMaxLength(40);
        builder.HasIndex(l => new { l.SchoolkalenderId, l.ClassName }).IsUnique();
    }
}

internal sealed class StageurenBeleidConfiguration : IEntityTypeConfiguration<StageurenBeleid>
{
    public void Configure(EntityTypeBuilder<StageurenBeleid> builder)
    {
        builder.ToTable("StageurenBeleid");
        builder.HasOne<School>().WithMany().HasForeignKey(b => b.SchoolId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => b.SchoolId).IsUnique();
    }
}
