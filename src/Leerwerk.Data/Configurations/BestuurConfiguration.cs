using Leerwerk.Domain;
using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Data.Configurations;

internal sealed class BestuurConfiguration : IEntityTypeConfiguration<Bestuur>
{
    public void Configure(EntityTypeBuilder<Bestuur> builder)
    {
        builder.ToTable("Besturen");
        builder.Property(b => b.Name).HasMaxLength(Tekstlengte.Naam);
        builder.Property(b => b.BevoegdGezagNummer).HasMaxLength(Tekstlengte.BevoegdGezagNummer);
        builder.HasIndex(b => b.Name).IsUnique();
    }
}
