using Leerwerk.Domain.Profielen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Data.Configurations;

internal sealed class ProfielConfiguration : IEntityTypeConfiguration<ProfielRow>
{
    public void Configure(EntityTypeBuilder<ProfielRow> builder)
    {
        builder.ToTable("Profielen");
        builder.HasKey(p => p.Code);
        builder.Property(p => p.Code).HasMaxLength(8);
        builder.HasData(Profielen.All.Select(p => new ProfielRow
        {
            Code = p.Code,
            Name = p.Name,
            Afkorting = p.Afkorting,
            LwtVakcode = p.LwtVakcode,
        }));
    }
}
