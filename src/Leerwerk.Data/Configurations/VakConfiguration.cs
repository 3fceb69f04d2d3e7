using Leerwerk.Domain.Examens;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Data.Configurations;

internal sealed class VakConfiguration : IEntityTypeConfiguration<Vak>
{
    public void Configure(EntityTypeBuilder<Vak> builder)
    {
        builder.ToTable("Vakken");
        builder.Property(v => v.Se).HasPrecision(4, 2);
        builder.Property(v => v.Ce).HasPrecision(3, 1);
        builder.Property(v => v.CeResit).HasPrecision(3, 1);
        builder.Property(v => v.SeRecordedBy).HasMaxLength(256);
        builder.Property(v => v.CeRecordedBy).HasMaxLength(256);
        builder.Property(v => v.CeResitRecordedBy).HasMaxLength(256);
    }
}

internal sealed class VakCodeConfiguration : IEntityTypeConfiguration<VakCode>
{
    public void Configure(EntityTypeBuilder<VakCode> builder)
    {
        builder.ToTable("VakCodes");
        builder.Property(v => v.Code).HasMaxLength(40);
        builder.Property(v => v.Name).HasMaxLength(120);
        builder.HasOne<School>().WithMany().HasForeignKey(v => v.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(v => new { v.SchoolId, v.Code }).IsUnique();
    }
}

internal sealed class UitslagVaststellingConfiguration : IEntityTypeConfiguration<UitslagVaststelling>
{
    public void Configure(EntityTypeBuilder<UitslagVaststelling> builder)
    {
        builder.ToTable("UitslagVaststellingen");
        builder.Property(v => v.VastgesteldDoor).HasMaxLength(256);
        builder.Property(v => v.CeGemiddelde).HasPrecision(6, 4);

        // A candidate's grades as JSON: a dozen subjects fit easily, the column has room for many more.
        builder.Property(v => v.Grondslag).HasMaxLength(16000);
        builder.HasOne<Leerling>().WithMany().HasForeignKey(v => v.LeerlingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(v => new { v.LeerlingId, v.VastgesteldOp });
    }
}
