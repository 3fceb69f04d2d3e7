using Leerwerk.Domain;
using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Data.Configurations;

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.ToTable("Scholen");
        builder.Property(s => s.Name).HasMaxLength(Tekstlengte.Naam);
        builder.Property(s => s.Brin).HasMaxLength(Tekstlengte.Brin);
        builder.Property(s => s.Vestiging).HasMaxLength(Tekstlengte.Vestiging);
        builder.Property(s => s.Street).HasMaxLength(Tekstlengte.Naam);
        builder.Property(s => s.HouseNumber).HasMaxLength(Tekstlengte.Kort);
        builder.Property(s => s.PostalCode).HasMaxLength(Tekstlengte.Postcode);
        builder.Property(s => s.SignatoryName).HasMaxLength(Tekstlengte.Naam);
        builder.Property(s => s.SignatoryFunction).HasMaxLength(Tekstlengte.Naam);
        builder.Property(s => s.SignatoryEmail).HasMaxLength(Tekstlengte.Email);
        builder.Property(s => s.LogoContentType).HasMaxLength(20);
        builder.HasIndex(s => new { s.Brin, s.Vestiging }).IsUnique();
        builder.HasOne<Bestuur>().WithMany().HasForeignKey(s => s.BestuurId).OnDelete(DeleteBehavior.SetNull);
        builder.OwnsOne(s => s.IntakeInstellingen);
        builder.Navigation(s => s.IntakeInstellingen).IsRequired();
    }
}
