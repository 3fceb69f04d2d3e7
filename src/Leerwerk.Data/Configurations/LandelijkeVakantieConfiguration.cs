using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Data.Configurations;

internal sealed class LandelijkeVakantieConfiguration : IEntityTypeConfiguration<LandelijkeVakantie>
{
    public void Configure(EntityTypeBuilder<LandelijkeVakantie> builder)
    {
        builder.ToTable("LandelijkeVakanties");
        builder.Property(v => v.Omschrijving).HasMaxLength(40);
        builder.HasIndex(v => new { v.Schooljaar, v.Regio, v.Omschrijving }).IsUnique();
    }
}
