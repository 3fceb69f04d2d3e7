using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Data.Configurations;

internal sealed class SchoolConfiguration : IEntityTypeConfiguration<School>
{
    public void Configure(EntityTypeBuilder<School> builder)
    {
        builder.ToTable("Scholen");
        builder.Property(s => s.Name).HasMaxLength(200);
        builder.Property(s => s.Brin).HasMaxLength(4);
        builder.Property(s => s.Vestiging).HasMaxLength(2);
        builder.Property(s => s.Street).HasMaxLength(200);
        builder.Property(s => s.HouseNumber).HasMaxLength(20);
        builder.Property(s => s.PostalCode).HasMaxLength(7);
        builder.Property(s => s.SignatoryName).HasMaxLength(200);
        builder.Property(s => s.SignatoryFunction).HasMaxLength(200);
        builder.Property(s => s.SignatoryEmail).HasMaxLength(200);
        builder.Property(s => s.LogoContentType).HasMaxLength(20);
        builder.HasIndex(s => new { s.Brin, s.Vestiging }).IsUnique();
        builder.HasOne<Bestuur>().WithMany().HasForeignKey(s => s.BestuurId).OnDelete(DeleteBehavior.SetNull);
        builder.OwnsOne(s => s.IntakeInstellingen);
        builder.Navigation(s => s.IntakeInstellingen).IsRequired();
    }
}
