using Leerwerk.Domain;
using Leerwerk.Domain.Leerlingen;
using Leerwerk.Domain.Leerlingen.Intakes;
using Leerwerk.Domain.Scholen;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Leerwerk.Data.Configurations;

internal sealed class LeerlingConfiguration : IEntityTypeConfiguration<Leerling>
{
    public void Configure(EntityTypeBuilder<Leerling> builder)
    {
        builder.ToTable("Leerlingen");
        builder.HasOne<School>().WithMany().HasForeignKey(l => l.SchoolId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => new { l.SchoolId, l.Leerlingnummer }).IsUnique();
        builder.Property(l => l.Leerlingnummer).HasMaxLength(Tekstlengte.Kort);
        builder.Property(l => l.FirstName).HasMaxLength(Tekstlengte.Naamdeel);
        builder.Property(l => l.Tussenvoegsel).HasMaxLength(Tekstlengte.Kort);
        builder.Property(l => l.LastName).HasMaxLength(Tekstlengte.Naamdeel);
        builder.Property(l => l.ClassName).HasMaxLength(Tekstlengte.Kort);
        builder.Property(l => l.MentorName).HasMaxLength(Tekstlengte.Naamdeel);
        builder.Property(l => l.ProfielCode).HasMaxLength(Tekstlengte.Profielcode);
        builder.Property(l => l.Street).HasMaxLength(Tekstlengte.Naam);
        builder.Property(l => l.HouseNumber).HasMaxLength(Tekstlengte.Kort);
        builder.Property(l => l.PostalCode).HasMaxLength(Tekstlengte.Postcode);
        builder.Property(l => l.City).HasMaxLength(Tekstlengte.Naamdeel);
        builder.Property(l => l.Email).HasMaxLength(Tekstlengte.Email);
        builder.Property(l => l.KerndoelUrenLeerjaar1).HasPrecision(7, 2);
        builder.Property(l => l.KerndoelUrenLeerjaar2).HasPrecision(7, 2);
        builder.HasOne<ProfielRow>().WithMany().HasForeignKey(l => l.ProfielCode).OnDelete(DeleteBehavior.Restrict);
        builder.Ignore(l => l.FullName);
        builder.HasMany(l => l.Vertegenwoordigers).WithOne().HasForeignKey(v => v.LeerlingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Routes).WithOne().HasForeignKey(r => r.LeerlingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(l => l.Vakken).WithOne().HasForeignKey(v => v.LeerlingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(l => l.Intake).WithOne().HasForeignKey<Intake>(i => i.LeerlingId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class RouteBesluitConfiguration : IEntityTypeConfiguration<RouteBesluit>
{
    public void Configure(EntityTypeBuilder<RouteBesluit> builder)
    {
        builder.ToTable("RouteBesluiten");
        builder.Property(r => r.Note).HasMaxLength(Tekstlengte.Toelichting);
        builder.Property(r => r.DecidedBy).HasMaxLength(Tekstlengte.Naam);
    }
}

internal sealed class WettelijkVertegenwoordigerConfiguration : IEntityTypeConfiguration<WettelijkVertegenwoordiger>
{
    public void Configure(EntityTypeBuilder<WettelijkVertegenwoordiger> builder)
    {
        builder.ToTable("Vertegenwoordigers");
        builder.Property(v => v.Name).HasMaxLength(Tekstlengte.Naam);
        builder.Property(v => v.Relation).HasMaxLength(Tekstlengte.Naamdeel);
        builder.Property(v => v.Email).HasMaxLength(Tekstlengte.Email);
        builder.Property(v => v.Phone).HasMaxLength(Tekstlengte.Telefoon);
    }
}

internal sealed class IntakeConfiguration : IEntityTypeConfiguration<Intake>
{
    public void Configure(EntityTypeBuilder<Intake> builder)
    {
        builder.ToTable("Intakes");
        builder.HasIndex(i => i.LeerlingId).IsUnique();
        builder.Property(i => i.SignaleringDoor).HasMaxLength(Tekstlengte.Naam);
        builder.Property(i => i.BriefFileName).HasMaxLength(255);
        builder.Property(i => i.BriefPdf).HasMaxLength(Intake.MaxBriefBytes);
        builder.Property(i => i.IntakegesprekNotes).HasMaxLength(Tekstlengte.Notitie);
        builder.Property(i => i.BesluitReden).HasMaxLength(Tekstlengte.Toelichting);
        builder.Property(i => i.Besluit).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.Alternatief).HasConversion<string>().HasMaxLength(30);
    }
}
