using Leerwerk.Domain.Examens;
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
    }
}
